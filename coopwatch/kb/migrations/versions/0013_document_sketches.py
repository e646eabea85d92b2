"""A document's MinHash signature and story in a table of their own (``document_sketches``): finding
a new document's near-duplicates reads them for up to 50 candidates (``coopwatch.kb.stories``), and
on SQLite ``documents.minhash`` and ``documents.story_id`` lay past the text and the lemmas — three
or four overflow pages to read for each. ``documents.minhash`` is no longer written (old values
stay, unread).

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_sketches",
        sa.Column("document_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )
    op.execute(sa.text("INSERT INTO document_sketches (document_id, story_id, minhash) "
                       "SELECT id, story_id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY id"))


def downgrade() -> None:
    op.execute(sa.text("UPDATE documents SET minhash = (SELECT minhash FROM document_sketches "
                       "WHERE document_sketches.document_id = documents.id) WHERE minhash IS NULL"))
    op.drop_table("document_sketches")
