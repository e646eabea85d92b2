"""The knowledge base's tables (SQLAlchemy Core). Alembic migrations under ``migrations/`` create
them; a test checks that the migrations' head matches this metadata.

documents ─┬─ facts ──► canonical_facts ─┬─ canonical_sides (place IDs of each side)
           │   (one extracted fact,       ├─ canonical_people (people named in the fact)
           │    evidence offsets)         ├─ canonical_stories (the stories its members are in)
           │                              └─ conflicts (a field whose sources disagree)
           └─ document_sketches (MinHash signature, story)
band_postings, band_fresh (MinHash LSH band → its latest documents: stories of near-duplicates).
places, people, person_names, orgs, org_names: the entity registry. audit_log: every curation.
kb_settings: the version of the fusion rules the canonical facts were made by. kb_changes: what
each write transaction changed (``coopwatch.kb.changes``), for the web server's cache.
crawl_sources (feeds, sitemaps, pages followed) ─ crawl_pages (every address fetched: its validators
for conditional requests, what became of it, the document it gave): live ingestion (coopwatch.crawl).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

metadata = sa.MetaData()

JSONType = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
Timestamp = sa.DateTime(timezone=True)
# a canonical fact a curator touched (``coopwatch.kb.fuse.curated``), as SQL: a partial index's condition
CURATED = sa.text("(status != 'auto' OR corrected IS NOT NULL)")
# the lagging ones: fused fields computed from fewer documents than they have (``fuse.lagging``,
# recomputed by ``fuse.settle`` at the end of every ingest; migration 0017)
LAGGING = sa.text("(fused_n IS NULL OR fused_n != n_documents)")
# the facts placed in a canonical fact: fusion's look-ups by (block, canonical fact, profile, rank) ask
# only for them (migration 0018)
PLACED = sa.text("(canonical_id IS NOT NULL)")

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),  # the reader's id: file stem, JSONL id
    sa.Column("headline", sa.String(300), nullable=True),  # how people see it named (kb.text.headline; migration 0008)
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=True, unique=True),
    sa.Column("outlet", sa.String(300), nullable=True),  # the URL's host, else the source path's folder
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("lemmas", sa.Text, nullable=False, server_default=""),  # for the SQLite FTS5 index
    sa.Column("meta", JSONType, nullable=False, default=dict),
    sa.Column("story_id", sa.Integer, nullable=True, index=True),
    sa.Column("minhash", sa.LargeBinary, nullable=True),  # unused since 0013: ``document_sketches``
    sa.Column("extractor_version", sa.String(40), nullable=True),
    sa.Column("ingested_at", Timestamp, nullable=False),
    # any cooperation fact extracted: documents without are kept (and searchable) but hidden from
    # the document lists by default, so feeds of general news do not flood them (migration 0005)
    sa.Column("relevant", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Index("ix_documents_relevant_id", "relevant", "id"),
)

# The documents of each LSH band (``coopwatch.kb.stories``; migration 0014, before it a row per band
# and document in ``document_bands``): the latest ids, ascending, as little-endian 32-bit integers.
# On SQLite the band is the row id (one B-tree, no index beside it).
band_postings = sa.Table(
    "band_postings", metadata,
    sa.Column("band", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=False),
    sa.Column("ids", sa.LargeBinary, nullable=False),
)

# A band's ids written since the last fold (migration 0016), each larger than every id of its row in
# ``band_postings``: small, so that a transaction's new band rows share pages; folded into
# ``band_postings`` every ``stories.FOLD_EVERY`` documents (``stories.fold_fresh``).
band_fresh = sa.Table(
    "band_fresh", metadata,
    sa.Column("band", sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=False),
    sa.Column("ids", sa.LargeBinary, nullable=False),
)

# A document's MinHash signature and story, what finding its near-duplicates reads of each
# candidate (``coopwatch.kb.stories``; migration 0013): small rows in document order, where on
# SQLite ``documents.minhash`` and ``documents.story_id`` lay past the text and lemmas, a few overflow
# pages away. ``story_id`` is kept equal to ``documents.story_id`` by ``stories.place_in_story``.
document_sketches = sa.Table(
    "document_sketches", metadata,
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
              autoincrement=False),
    sa.Column("story_id", sa.Integer, nullable=True),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
)

canonical_facts = sa.Table(
    "canonical_facts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("block", sa.String(400), nullable=False),  # candidates for fusion share a block
    sa.Column("key", sa.String(100), nullable=True),  # narrower: rules.key (migration 0002)
    sa.Column("day", sa.Date, nullable=True),  # when it happened or was reported: sorts timelines
    sa.Column("data", JSONType, nullable=False),  # the fused FACTS.md object
    sa.Column("corrected", JSONType, nullable=True),  # fields a curator set; override ``data``
    # the first and last day of its members (fusion; before 0011 also the list of their stories and
    # of all their days, rewritten whole by every transaction that touched the fact)
    sa.Column("ctx", JSONType, nullable=False, default=dict),
    sa.Column("status", sa.String(20), nullable=False, server_default="auto"),  # auto|confirmed|rejected
    sa.Column("n_documents", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_sources", sa.Integer, nullable=False, server_default="0"),  # distinct stories
    sa.Column("n_conflicts", sa.Integer, nullable=False, server_default="0"),  # unresolved ones
    # documents when the fused fields were last computed from all their members (a large canonical fact
    # that only gains members is recomputed when it has grown by ``fuse.REFRESH_GROWTH``, unless its
    # type carries them forward; 0007; members, not documents, before 0011)
    sa.Column("fused_n", sa.Integer, nullable=True),
    sa.Column("updated_at", Timestamp, nullable=False),
    # no index by block, (block, key) or (block, day) since 0019: fusion finds a block's canonical facts
    # through its facts, and asks the canonical facts of a block only for the curated ones (below)
    sa.Index("ix_canonical_facts_type_day", "type", "day"),
    # the curated ones (few), for fusion's look-up of a block's curated facts (migration 0015)
    sa.Index("ix_canonical_facts_curated_block", "block", sqlite_where=CURATED, postgresql_where=CURATED),
    # the lagging ones (a few hundred), for ``fuse.lagging`` at the end of every ingest (migration 0017)
    sa.Index("ix_canonical_facts_lagging", "id", sqlite_where=LAGGING, postgresql_where=LAGGING),
)

facts = sa.Table(
    "facts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("idx", sa.Integer, nullable=False),  # order within the document
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("data", JSONType, nullable=False),  # FACTS.md object without evidence
    sa.Column("ev_start", sa.Integer, nullable=True),
    sa.Column("ev_end", sa.Integer, nullable=True),
    sa.Column("ev_text", sa.Text, nullable=True),
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_facts.id", ondelete="SET NULL"),
              nullable=True, index=True),
    # rules.block: the facts fused together (0004; looked up by the indexes below since 0010)
    sa.Column("block", sa.String(400), nullable=True),
    # the fact's place in fusion's order (``rules.rank``), its day (``rules.Member.day``) and what fusion's
    # rules look at (``rules.profile_key``): a block is partitioned anew only from the first change on (0007)
    sa.Column("rank", sa.String(120), nullable=True),
    sa.Column("day", sa.Date, nullable=True),
    sa.Column("profile", sa.String(16), nullable=True),
    # the document's story (``documents.story_id``), which fusion reads with each fact (0012)
    sa.Column("story_id", sa.Integer, nullable=True),
    sa.Index("ix_facts_block_rank", "block", "rank"),
    sa.Index("ix_facts_block_day_rank", "block", "day", "rank"),  # (block, day) before 0010
    # the first fact of each (canonical fact, profile) of a block by index look-ups (0010); only the facts
    # placed (0018): a new fact is stored before fusion places it, and its entry without a canonical fact
    # — at the head of its block's range — then moved to its canonical fact's was a second page of this
    # index written for each block a transaction touched
    sa.Index("ix_facts_block_canonical_profile_rank", "block", "canonical_id", "profile", "rank",
             sqlite_where=PLACED, postgresql_where=PLACED),
)

canonical_sides = sa.Table(
    "canonical_sides", metadata,
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_facts.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("place_id", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),  # party, visitor, host, of, in, between
    sa.Index("ix_canonical_sides_place", "place_id", "canonical_id"),
    sa.Index("ix_canonical_sides_canonical", "canonical_id"),
)

# The stories of a canonical fact's members, one row each (migration 0011): a fact that gains members
# adds the rows of their new stories, where a list in ``ctx`` — thousands of stories for a post named
# in every other item — was read and written whole by every transaction that touched it.
canonical_stories = sa.Table(
    "canonical_stories", metadata,
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_facts.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("story_id", sa.Integer, primary_key=True),
)

conflicts = sa.Table(
    "conflicts", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_facts.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("field", sa.String(40), nullable=False),
    sa.Column("label", sa.String(200), nullable=False, server_default=""),  # e.g. the surname in a list
    sa.Column("values", JSONType, nullable=False),  # [{"value": v, "facts": [fact ids]}]
)

places = sa.Table(
    "places", metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("parent_id", sa.String(200), nullable=True, index=True),
    sa.Column("level", sa.String(20), nullable=False),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("country", sa.String(2), nullable=False),
    sa.Column("known", sa.Boolean, nullable=False, server_default=sa.true()),  # in the gazetteer
)

people = sa.Table(
    "people", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("surname_key", sa.String(200), nullable=False, index=True),
    sa.Column("merged_into", sa.Integer, sa.ForeignKey("people.id"), nullable=True),
)

person_names = sa.Table(
    "person_names", metadata,
    sa.Column("name_key", sa.String(300), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False, index=True),
)

canonical_people = sa.Table(
    "canonical_people", metadata,
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_facts.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False, index=True),
    sa.Column("field", sa.String(20), nullable=False),  # person, signatories, participants, head
)

orgs = sa.Table(
    "orgs", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
)

org_names = sa.Table(
    "org_names", metadata,
    sa.Column("name_key", sa.String(300), primary_key=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("org_id", sa.Integer, sa.ForeignKey("orgs.id"), nullable=False, index=True),
)

kb_settings = sa.Table(  # what the knowledge base was built with (fusion_version: see fuse.ensure_current)
    "kb_settings", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

kb_changes = sa.Table(  # one row per write transaction that changed facts (see kb.changes)
    "kb_changes", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", Timestamp, nullable=False),
    sa.Column("scope", JSONType, nullable=False),
)

audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", Timestamp, nullable=False),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("action", sa.String(40), nullable=False),  # confirm, reject, correct, reset, merge_people
    sa.Column("target", sa.String(40), nullable=False),  # canonical_fact, person
    sa.Column("target_id", sa.Integer, nullable=False),
    sa.Column("before", JSONType, nullable=True),
    sa.Column("after", JSONType, nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    sa.Index("ix_audit_log_target", "target", "target_id"),
)


crawl_sources = sa.Table(  # what `coopwatch crawl` follows (migration 0005)
    "crawl_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("name", sa.String(300), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False, server_default="auto"),  # auto|feed|sitemap|page
    sa.Column("paused", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("added_at", Timestamp, nullable=False),
    sa.Column("added_by", sa.String(200), nullable=False),
    sa.Column("last_run_at", Timestamp, nullable=True),
    sa.Column("last_success_at", Timestamp, nullable=True),  # the last run that read the source itself
    sa.Column("last_error", sa.Text, nullable=True),  # why the last run failed (None: it did not)
    sa.Column("last_error_at", Timestamp, nullable=True),
    sa.Column("last_counts", JSONType, nullable=True),  # the last run: new, updated, unchanged, failed…
)

crawl_pages = sa.Table(  # every address fetched, by its canonical form (coopwatch.crawl.urls)
    "crawl_pages", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("crawl_sources.id", ondelete="SET NULL"), nullable=True,
              index=True),
    sa.Column("etag", sa.String(300), nullable=True),  # for If-None-Match
    sa.Column("last_modified", sa.String(100), nullable=True),  # for If-Modified-Since
    sa.Column("body_hash", sa.String(64), nullable=True),  # the same bytes again: nothing to read
    sa.Column("status", sa.String(20), nullable=False),  # stored, duplicate, listing, empty, failed, refused
    sa.Column("error", sa.Text, nullable=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="SET NULL"), nullable=True,
              index=True),
    sa.Column("fetched_at", Timestamp, nullable=False),
)


def include_name(name: str | None, type_: str, parent_names: dict) -> bool:
    """For Alembic's comparisons: the full-text index objects the migration makes by hand
    (an FTS5 table and its shadow tables, a GIN expression index) are not in this metadata."""
    return not (name or "").startswith(("documents_fts", "ix_documents_fts"))
