"""LSH bands indexed by (band, document): the latest documents of a band are read from the index
alone, however many documents share the band.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("document_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_document_bands_band")
        batch_op.create_index("ix_document_bands_band_document", ["band", "document_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_document_bands_band_document")
        batch_op.create_index("ix_document_bands_band", ["band"], unique=False)
