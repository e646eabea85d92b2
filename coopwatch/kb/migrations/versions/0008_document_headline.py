"""Documents carry their headline (``kb.text.headline``): how pages, lists and reports name a
document — by its headline and outlet, never by its file name. Existing documents get theirs from
their text.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 500


def upgrade() -> None:
    from coopwatch.kb.text import headline

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("headline", sa.String(length=300), nullable=True))
    conn = op.get_bind()
    docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                    sa.column("headline", sa.String))
    last = 0
    while True:
        rows = conn.execute(sa.select(docs.c.id, docs.c.text).where(docs.c.id > last).order_by(docs.c.id)
                            .limit(CHUNK)).all()
        if not rows:
            break
        for r in rows:
            conn.execute(docs.update().where(docs.c.id == r.id).values(headline=headline(r.text)))
        last = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("headline")
