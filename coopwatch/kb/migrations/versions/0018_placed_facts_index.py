"""The index of facts by (block, canonical fact, profile, rank) holds only the facts placed in a
canonical fact (partial: ``canonical_id IS NOT NULL``). Every look-up by it names a canonical fact
(``coopwatch.kb.fuse``: the first fact of each profile of each canonical fact of a block, the earlier
facts of one canonical fact), so none needs the others. But a new fact is stored before fusion places
it: its entry went in without a canonical fact, at the head of its block's range, and was moved to
its canonical fact's when fusion placed it — on a large base, where each block has leaf pages of its
own, two pages of this index written for each block a transaction touched instead of one
(``benchmarks/kb_wal_pages.py``: 13.1 pages per document on a base of 100,000 documents, against 8.6
for ``(block, rank)``, which is written once). Now the entry is written once, when the fact is placed.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLACED = sa.text("(canonical_id IS NOT NULL)")  # schema.PLACED
COLUMNS = ["block", "canonical_id", "profile", "rank"]


def upgrade() -> None:
    op.drop_index("ix_facts_block_canonical_profile_rank", table_name="facts")
    op.create_index("ix_facts_block_canonical_profile_rank", "facts", COLUMNS, unique=False,
                    sqlite_where=PLACED, postgresql_where=PLACED)


def downgrade() -> None:
    op.drop_index("ix_facts_block_canonical_profile_rank", table_name="facts")
    op.create_index("ix_facts_block_canonical_profile_rank", "facts", COLUMNS, unique=False)
