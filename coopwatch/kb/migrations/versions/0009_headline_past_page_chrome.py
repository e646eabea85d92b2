"""Headlines past what a saved page starts with: a document whose first line is a credit («Фото:
rais.tatarstan.ru»), the page's date and time («21.06.2024 13:56») or a section's name («Новости
раздела») is named by the article's own headline (``kb.text.headline`` now skips such lines).
Documents stored before get theirs again from their text; only changed headlines are written.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 500


def upgrade() -> None:
    from coopwatch.kb.text import headline

    conn = op.get_bind()
    docs = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                    sa.column("headline", sa.String))
    last = 0
    while True:
        rows = conn.execute(sa.select(docs.c.id, docs.c.text, docs.c.headline).where(docs.c.id > last)
                            .order_by(docs.c.id).limit(CHUNK)).all()
        if not rows:
            break
        for r in rows:
            new = headline(r.text)
            if new != r.headline:
                conn.execute(docs.update().where(docs.c.id == r.id).values(headline=new))
        last = rows[-1].id


def downgrade() -> None:
    """The headlines stay as they are: the earlier version shows whatever is stored."""
