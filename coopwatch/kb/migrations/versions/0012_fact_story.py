"""Each fact carries its document's story (``facts.story_id``, kept equal to
``documents.story_id`` by ``coopwatch.kb.stories.place_in_story`` and ``coopwatch.kb.store``):
fusion reads thousands of facts with their stories a transaction (a block's first facts before the
change, the members of the canonical facts it recomputes), and on SQLite a document's story lay
past its text and lemmas — three or four overflow pages read to reach it, for each fact. The
document's day and text hash, which fusion reads too, lie before the text.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("story_id", sa.Integer(), nullable=True))
    op.execute(sa.text("UPDATE facts SET story_id = (SELECT documents.story_id FROM documents "
                       "WHERE documents.id = facts.document_id)"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # in place (3.35+), as 0005 drops a column
        op.execute("ALTER TABLE facts DROP COLUMN story_id")
    else:
        op.drop_column("facts", "story_id")
