"""The documents of each MinHash LSH band as one row (``band_postings``: the latest ids, ascending,
little-endian 32-bit), not a row per band and document (``document_bands``, dropped). Finding a new
document's near-duplicates counted, for each of its 28 bands, the latest 200 documents sharing it:
at 100,000 documents a common band (a stock phrase) is shared by thousands, and the query read and
grouped up to 5,600 index entries a document, more as the base grew to that. Now it reads 28
rows (``coopwatch.kb.stories``). Filled from ``document_bands``, the latest 400 ids of each band
(``stories.KEEP``).

Revision ID: 0014
Revises: 0013
"""

import hashlib
from collections.abc import Sequence

import numpy as np
import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEEP = 400
BANDS, ROWS = 28, 2  # stories.band_shape() for 128 permutations and the threshold 0.2


def upgrade() -> None:
    postings = op.create_table(
        "band_postings",
        sa.Column("band", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("ids", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("band"),
    )
    conn = op.get_bind()
    rows: list[dict] = []
    band, ids = None, []
    for b, doc in conn.execute(sa.text("SELECT band, document_id FROM document_bands ORDER BY band, document_id")):
        if b != band:
            if band is not None:
                rows.append({"band": band, "ids": np.asarray(ids[-KEEP:], dtype="<i4").tobytes()})
                if len(rows) >= 5000:
                    conn.execute(postings.insert(), rows)
                    rows = []
            band, ids = b, []
        ids.append(doc)
    if band is not None:
        rows.append({"band": band, "ids": np.asarray(ids[-KEEP:], dtype="<i4").tobytes()})
    if rows:
        conn.execute(postings.insert(), rows)
    op.drop_table("document_bands")


def _bands(minhash: bytes) -> list[int]:
    values = np.frombuffer(minhash, dtype=np.uint64)
    return [int.from_bytes(hashlib.blake2b(i.to_bytes(2, "big") + values[i * ROWS:(i + 1) * ROWS].tobytes(),
                                           digest_size=8).digest(), "big", signed=True) for i in range(BANDS)]


def downgrade() -> None:
    bands = op.create_table(
        "document_bands",
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
    )
    conn = op.get_bind()
    rows = []
    for doc, minhash in conn.execute(sa.text("SELECT document_id, minhash FROM document_sketches ORDER BY document_id")):
        rows += [{"band": b, "document_id": doc} for b in _bands(minhash)]
        if len(rows) >= 20000:
            conn.execute(bands.insert(), rows)
            rows.clear()
    if rows:
        conn.execute(bands.insert(), rows)
    op.create_index("ix_document_bands_band_document", "document_bands", ["band", "document_id"], unique=False)
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"], unique=False)
    op.drop_table("band_postings")
