"""A canonical fact's stories as rows (``canonical_stories``), not a list in ``ctx``: a fact that
gains members adds the rows of their new stories, where the list — thousands of stories for a post
named in every other item — was read and written whole by every transaction that touched the fact.
``ctx`` keeps only the first and last day of the members (it held every day). Both are filled by
``coopwatch.kb.fuse.ensure_current`` when the knowledge base is next opened (the fusion version
changed with this revision: every canonical fact is recomputed).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "canonical_stories",
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["canonical_id"], ["canonical_facts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("canonical_id", "story_id"),
    )
    op.execute(sa.text("DELETE FROM kb_settings WHERE key = 'fusion_version'"))


def downgrade() -> None:
    op.drop_table("canonical_stories")
    op.execute(sa.text("DELETE FROM kb_settings WHERE key = 'fusion_version'"))
