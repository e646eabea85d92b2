"""The LSH band index in levels (``coopwatch.kb.stories``): a document's bands go to the small
``document_bands_l0`` and move on to ``_l1``, ``_l2`` and ``document_bands`` in key ranges, so a
transaction writes a few pages of each level instead of a page per band row of one index that grows
with the base. Each level is clustered by (band, document) — SQLite ``WITHOUT ROWID`` — with no
other index and no foreign key (documents are not deleted; a re-ingested document's rows are found
by its bands). The existing rows become the deepest level.

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

LEVELS = ("document_bands_l0", "document_bands_l1", "document_bands_l2")


def _level(name: str) -> None:
    op.create_table(
        name,
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("band", "document_id"),
        sqlite_with_rowid=False,
    )


def upgrade() -> None:
    for name in LEVELS:
        _level(name)
    _level("document_bands_new")
    op.execute(sa.text("INSERT INTO document_bands_new (band, document_id) SELECT DISTINCT band, document_id "
                       "FROM document_bands ORDER BY band, document_id"))
    op.drop_table("document_bands")
    op.rename_table("document_bands_new", "document_bands")
    if op.get_bind().dialect.name == "postgresql":  # the primary key's index keeps its first name there
        op.execute(sa.text("ALTER INDEX document_bands_new_pkey RENAME TO document_bands_pkey"))


def downgrade() -> None:
    op.create_table(
        "document_bands_old",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
    )
    for name in (*LEVELS, "document_bands"):
        op.execute(sa.text(f"INSERT INTO document_bands_old (band, document_id) SELECT band, document_id FROM {name}"))
    for name in (*LEVELS, "document_bands"):
        op.drop_table(name)
    op.rename_table("document_bands_old", "document_bands")
    with op.batch_alter_table("document_bands", schema=None) as batch_op:
        batch_op.create_index("ix_document_bands_band_document", ["band", "document_id"], unique=False)
        batch_op.create_index("ix_document_bands_document_id", ["document_id"], unique=False)
