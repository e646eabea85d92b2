"""The lagging canonical facts by an index of their own (partial: only those whose fused fields
were computed from fewer documents than they have, ``fused_n`` short of ``n_documents``). Every
ingest ends by recomputing them (``coopwatch.kb.fuse.settle``), and ``fuse.lagging`` found them by
reading every canonical fact: 48 ms a call on a base of 100,000 documents (95,139 canonical facts),
14 on 20,200, once for each 200 of them and once more. They are a few hundred; the partial index
holds only them.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LAGGING = sa.text("(fused_n IS NULL OR fused_n != n_documents)")  # schema.LAGGING


def upgrade() -> None:
    op.create_index("ix_canonical_facts_lagging", "canonical_facts", ["id"], unique=False,
                    sqlite_where=LAGGING, postgresql_where=LAGGING)


def downgrade() -> None:
    op.drop_index("ix_canonical_facts_lagging", table_name="canonical_facts")
