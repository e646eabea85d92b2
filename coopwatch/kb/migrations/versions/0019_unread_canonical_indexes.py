"""The indexes of canonical facts by block, by (block, key) and by (block, day) go: nothing reads by
them any more. Fusion finds the canonical facts of a block through the block's facts
(``facts.canonical_id``) and asks the canonical facts of a block only for the curated ones, by their
own partial index (0015); the pages of the knowledge base list canonical facts by type and day, place,
person or id. But every canonical fact fusion writes anew, every new one and every one whose day
changed wrote a page of each — on a large base, where a block's entries have pages of their own, a
page for each fact a transaction touched: 4.9 pages per document of an ingest on a base of 100,000
documents against 1.8 on 1,000 (``benchmarks/kb_wal_pages.py``).

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GONE = {"ix_canonical_facts_block": ["block"], "ix_canonical_facts_block_key": ["block", "key"],
        "ix_canonical_facts_block_day": ["block", "day"]}


def upgrade() -> None:
    for name in GONE:
        op.drop_index(name, table_name="canonical_facts")


def downgrade() -> None:
    for name, columns in GONE.items():
        op.create_index(name, "canonical_facts", columns, unique=False)
