"""Incremental fusion: each fact keeps its place in fusion's order (``rank``), its day and the
profile of what fusion's rules look at, so a block is partitioned anew only from the first fact
that changed; a canonical fact records how many members its fused fields were computed from
(``fused_n``). The new columns of existing facts are filled by ``coopwatch.kb.fuse.ensure_current``
when the knowledge base is next opened (the fusion version changed with this revision).

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rank", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("profile", sa.String(length=16), nullable=True))
        batch_op.create_index("ix_facts_block_rank", ["block", "rank"], unique=False)
        batch_op.create_index("ix_facts_block_day", ["block", "day"], unique=False)
    with op.batch_alter_table("canonical_facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fused_n", sa.Integer(), nullable=True))
    op.execute(sa.text("DELETE FROM kb_settings WHERE key = 'fusion_version'"))


def downgrade() -> None:
    with op.batch_alter_table("canonical_facts", schema=None) as batch_op:
        batch_op.drop_column("fused_n")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_index("ix_facts_block_day")
        batch_op.drop_index("ix_facts_block_rank")
        batch_op.drop_column("profile")
        batch_op.drop_column("day")
        batch_op.drop_column("rank")
