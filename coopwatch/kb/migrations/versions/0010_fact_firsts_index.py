"""The facts of a block by canonical fact, profile and rank: fusion finds the first fact of each
profile of each canonical fact before a given rank (``coopwatch.kb.fuse._stmt("prefix")``) by a
few index look-ups per canonical fact and profile, not by reading every earlier fact of the block
— the work of adding a fact no longer grows with the size of its block. The facts of a block by
day now also by rank (``(block, day, rank)`` replaces ``(block, day)``): the facts without a day
ranked before a given one are an index range too. ``(block)`` alone goes: ``(block, rank)`` serves
its look-ups, and one index less is one page less to write for each fact stored or placed.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.create_index("ix_facts_block_canonical_profile_rank", ["block", "canonical_id", "profile", "rank"],
                              unique=False)
        batch_op.drop_index("ix_facts_block_day")
        batch_op.create_index("ix_facts_block_day_rank", ["block", "day", "rank"], unique=False)
        batch_op.drop_index("ix_facts_block")


def downgrade() -> None:
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.create_index("ix_facts_block", ["block"], unique=False)
        batch_op.drop_index("ix_facts_block_day_rank")
        batch_op.create_index("ix_facts_block_day", ["block", "day"], unique=False)
        batch_op.drop_index("ix_facts_block_canonical_profile_rank")
