"""The curated canonical facts of a block by an index of their own (partial: only those a curator
touched — a status other than ``auto``, or corrected fields). Fusion asks for a block's curated
canonical facts every time it partitions the block (``coopwatch.kb.fuse._stmt("curated_or_owners")``):
by ``(block, day)`` that read every canonical fact of the block to look at its status — an agreement
block of a base of 100,000 documents holds hundreds, and the reads grew with the base. Curated
facts are few; the partial index holds only them.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CURATED = sa.text("(status != 'auto' OR corrected IS NOT NULL)")


def upgrade() -> None:
    op.create_index("ix_canonical_facts_curated_block", "canonical_facts", ["block"], unique=False,
                    sqlite_where=CURATED, postgresql_where=CURATED)


def downgrade() -> None:
    op.drop_index("ix_canonical_facts_curated_block", table_name="canonical_facts")
