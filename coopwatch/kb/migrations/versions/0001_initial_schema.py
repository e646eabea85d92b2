"""Initial schema: documents, facts, canonical facts, stories, entities, audit log, full-text search.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 14:59:14.088753

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target', sa.String(length=40), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('before', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('after', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_target', ['target', 'target_id'], unique=False)

    op.create_table('canonical_facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('block', sa.String(length=400), nullable=False),
    sa.Column('day', sa.Date(), nullable=True),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('corrected', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('ctx', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='auto', nullable=False),
    sa.Column('n_documents', sa.Integer(), server_default='0', nullable=False),
    sa.Column('n_sources', sa.Integer(), server_default='0', nullable=False),
    sa.Column('n_conflicts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.create_index('ix_canonical_facts_block', ['block'], unique=False)
        batch_op.create_index('ix_canonical_facts_type_day', ['type', 'day'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=300), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('lemmas', sa.Text(), server_default='', nullable=False),
    sa.Column('meta', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=True),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('extractor_version', sa.String(length=40), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash'),
    sa.UniqueConstraint('url')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_story_id'), ['story_id'], unique=False)

    op.create_table('orgs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('surname_key', sa.String(length=200), nullable=False),
    sa.Column('merged_into', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['merged_into'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_surname_key'), ['surname_key'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.String(length=200), nullable=True),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('known', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_parent_id'), ['parent_id'], unique=False)

    op.create_table('canonical_people',
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_facts.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], )
    )
    with op.batch_alter_table('canonical_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_canonical_people_canonical_id'), ['canonical_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_canonical_people_person_id'), ['person_id'], unique=False)

    op.create_table('canonical_sides',
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_facts.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('canonical_sides', schema=None) as batch_op:
        batch_op.create_index('ix_canonical_sides_canonical', ['canonical_id'], unique=False)
        batch_op.create_index('ix_canonical_sides_place', ['place_id', 'canonical_id'], unique=False)

    op.create_table('conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('canonical_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('label', sa.String(length=200), server_default='', nullable=False),
    sa.Column('values', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_facts.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conflicts_canonical_id'), ['canonical_id'], unique=False)

    op.create_table('document_bands',
    sa.Column('band', sa.BigInteger(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE')
    )
    with op.batch_alter_table('document_bands', schema=None) as batch_op:
        batch_op.create_index('ix_document_bands_band', ['band'], unique=False)
        batch_op.create_index('ix_document_bands_document_id', ['document_id'], unique=False)

    op.create_table('facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('ev_start', sa.Integer(), nullable=True),
    sa.Column('ev_end', sa.Integer(), nullable=True),
    sa.Column('ev_text', sa.Text(), nullable=True),
    sa.Column('canonical_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['canonical_id'], ['canonical_facts.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_canonical_id'), ['canonical_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_facts_document_id'), ['document_id'], unique=False)

    op.create_table('org_names',
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['orgs.id'], ),
    sa.PrimaryKeyConstraint('name_key')
    )
    with op.batch_alter_table('org_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_org_names_org_id'), ['org_id'], unique=False)

    op.create_table('person_names',
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('name_key')
    )
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_names_person_id'), ['person_id'], unique=False)

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Lemmatised full-text index (coopwatch.kb.text.lemmatize fills documents.lemmas).
        op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5("
                   "lemmas, content='documents', content_rowid='id')")
        op.execute("CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
                   "INSERT INTO documents_fts(rowid, lemmas) VALUES (new.id, new.lemmas); END")
        op.execute("CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, lemmas) VALUES ('delete', old.id, old.lemmas); END")
        op.execute("CREATE TRIGGER documents_fts_au AFTER UPDATE OF lemmas ON documents BEGIN "
                   "INSERT INTO documents_fts(documents_fts, rowid, lemmas) VALUES ('delete', old.id, old.lemmas); "
                   "INSERT INTO documents_fts(rowid, lemmas) VALUES (new.id, new.lemmas); END")
    elif bind.dialect.name == "postgresql":
        # PostgreSQL's own Russian stemming: coopwatch.kb.search queries the same expression.
        op.execute("CREATE INDEX ix_documents_fts ON documents USING gin (to_tsvector('russian', text))")


def downgrade() -> None:
    """Downgrade schema."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("documents_fts_ai", "documents_fts_ad", "documents_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
    with op.batch_alter_table('person_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_names_person_id'))

    op.drop_table('person_names')
    with op.batch_alter_table('org_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_org_names_org_id'))

    op.drop_table('org_names')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_document_id'))
        batch_op.drop_index(batch_op.f('ix_facts_canonical_id'))

    op.drop_table('facts')
    with op.batch_alter_table('document_bands', schema=None) as batch_op:
        batch_op.drop_index('ix_document_bands_document_id')
        batch_op.drop_index('ix_document_bands_band')

    op.drop_table('document_bands')
    with op.batch_alter_table('conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_conflicts_canonical_id'))

    op.drop_table('conflicts')
    with op.batch_alter_table('canonical_sides', schema=None) as batch_op:
        batch_op.drop_index('ix_canonical_sides_place')
        batch_op.drop_index('ix_canonical_sides_canonical')

    op.drop_table('canonical_sides')
    with op.batch_alter_table('canonical_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_canonical_people_person_id'))
        batch_op.drop_index(batch_op.f('ix_canonical_people_canonical_id'))

    op.drop_table('canonical_people')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_parent_id'))

    op.drop_table('places')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_surname_key'))

    op.drop_table('people')
    op.drop_table('orgs')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_story_id'))

    op.drop_table('documents')
    with op.batch_alter_table('canonical_facts', schema=None) as batch_op:
        batch_op.drop_index('ix_canonical_facts_type_day')
        batch_op.drop_index('ix_canonical_facts_block')

    op.drop_table('canonical_facts')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_target')

    op.drop_table('audit_log')
