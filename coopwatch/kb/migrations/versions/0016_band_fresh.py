"""A band's ids since the last fold in a small table of their own (``band_fresh``), folded into
``band_postings`` every ``stories.FOLD_EVERY`` documents. The band keys are random: once
``band_postings`` was much larger than a transaction's rows, each of a new document's 28 band rows
dirtied a page of its own (25 pages a document on a base of 100,000 documents, 18 on 20,000, of
85 and 75 in all), written to the WAL and copied to the base by the checkpoint. The fresh rows of
the last documents fit in a few hundred pages that a transaction's rows share, and a fold writes
``band_postings`` once, in band order. An existing base has no fresh ids: the table starts empty
(every id is in ``band_postings``, where it was).

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEEP = 400  # stories.KEEP


def upgrade() -> None:
    op.create_table(
        "band_fresh",
        sa.Column("band", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("ids", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("band"),
    )


def downgrade() -> None:
    # the fresh ids folded back into band_postings (stories.fold_fresh), then the table dropped
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"""INSERT INTO band_postings (band, ids) SELECT band, ids FROM band_fresh WHERE true
            ON CONFLICT (band) DO UPDATE SET ids = substr(CAST(band_postings.ids || excluded.ids AS BLOB), -{4 * KEEP})"""))
    else:
        conn.execute(sa.text(f"""INSERT INTO band_postings (band, ids) SELECT band, ids FROM band_fresh
            ON CONFLICT (band) DO UPDATE SET ids = substring(band_postings.ids || excluded.ids
                FROM greatest(octet_length(band_postings.ids || excluded.ids) - {4 * KEEP - 1}, 1))"""))
    op.drop_table("band_fresh")
