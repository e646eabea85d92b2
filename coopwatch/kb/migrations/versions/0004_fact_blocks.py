"""Facts carry their fusion block (a block is partitioned anew from its facts whenever they change),
and ``kb_settings`` records the version of the fusion rules the canonical facts were made by. The
blocks of existing facts are filled, and the whole knowledge base fused anew, by
``coopwatch.kb.fuse.ensure_current`` when it is next opened (no version recorded yet).

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("block", sa.String(length=400), nullable=True))
        batch_op.create_index("ix_facts_block", ["block"], unique=False)
    op.create_table(
        "kb_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("kb_settings")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_index("ix_facts_block")
        batch_op.drop_column("block")
