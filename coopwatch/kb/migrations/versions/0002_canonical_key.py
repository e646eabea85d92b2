"""Canonical facts get a narrower fusion key (trade period, plan years, target year) and indexes
that find candidates by block and key, or by block and day (events), without reading a whole block.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("canonical_facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=100), nullable=True))
        batch_op.create_index("ix_canonical_facts_block_key", ["block", "key"], unique=False)
        batch_op.create_index("ix_canonical_facts_block_day", ["block", "day"], unique=False)
    # Existing rows: fill the key from the stored facts (same rule as coopwatch.kb.rules.key).
    from coopwatch.kb.rules import key

    bind = op.get_bind()
    table = sa.table("canonical_facts", sa.column("id", sa.Integer), sa.column("data", sa.JSON),
                     sa.column("corrected", sa.JSON), sa.column("key", sa.String))
    for row in bind.execute(sa.select(table.c.id, table.c.data, table.c.corrected)).all():
        data = {**(row.data or {}), **(row.corrected or {})}
        bind.execute(table.update().where(table.c.id == row.id).values(key=key(data)))


def downgrade() -> None:
    with op.batch_alter_table("canonical_facts", schema=None) as batch_op:
        batch_op.drop_index("ix_canonical_facts_block_day")
        batch_op.drop_index("ix_canonical_facts_block_key")
        batch_op.drop_column("key")
