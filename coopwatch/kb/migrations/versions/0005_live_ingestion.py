"""Live ingestion: the sources ``coopwatch crawl`` follows and every address it fetched
(``crawl_sources``, ``crawl_pages``), and the relevance flag of documents — a document from which no
cooperation fact was extracted is kept but hidden from the document lists by default. Existing
documents are flagged from their stored facts.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSONType = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    # Not in batch mode: SQLite would copy the table anew for a column with an expression as its
    # default, and the copy loses the full-text index's triggers (migration 0001).
    op.add_column("documents", sa.Column("relevant", sa.Boolean(), server_default=sa.true(), nullable=False))
    op.create_index("ix_documents_relevant_id", "documents", ["relevant", "id"], unique=False)
    documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("relevant", sa.Boolean))
    facts = sa.table("facts", sa.column("document_id", sa.Integer))
    op.get_bind().execute(documents.update().where(~sa.exists().where(facts.c.document_id == documents.c.id))
                          .values(relevant=False))
    op.create_table(
        "crawl_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="auto", nullable=False),
        sa.Column("paused", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("last_run_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_counts", JSONType, nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    op.create_table(
        "crawl_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("etag", sa.String(length=300), nullable=True),
        sa.Column("last_modified", sa.String(length=100), nullable=True),
        sa.Column("body_hash", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["source_id"], ["crawl_sources.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    with op.batch_alter_table("crawl_pages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_crawl_pages_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_crawl_pages_source_id"), ["source_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("crawl_pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crawl_pages_source_id"))
        batch_op.drop_index(batch_op.f("ix_crawl_pages_document_id"))
    op.drop_table("crawl_pages")
    op.drop_table("crawl_sources")
    op.drop_index("ix_documents_relevant_id", table_name="documents")
    if op.get_bind().dialect.name == "sqlite":  # SQLite drops a column in place (3.35+), keeping the triggers
        op.execute("ALTER TABLE documents DROP COLUMN relevant")
    else:
        op.drop_column("documents", "relevant")
