"""What the web UI, reports and exports ask the knowledge base. Every function takes a ``KB``
(``coopwatch.kb.open_kb(url)``) and returns the typed values of ``coopwatch.kb.views``.

``overview(kb) -> Overview``
    Counts (documents, stories, extracted and canonical facts, conflicts, curated), facts per
    type, the pairs of places with most facts, the publication date range.
``pair(kb, a, b) -> PairView``
    Everything about two places, each with everything inside it (``RU-TA`` includes Kazan):
    the timeline of canonical facts, the trade series and targets, agreements, the people named
    with their positions, and the facts whose sources disagree. Facts carry their counts
    (documents, sources); the sources themselves only where they disagree — ``fact(id)`` has all.
``place(kb, id) -> PlaceView``
    A place with its lineage, the places inside it that have facts, counts rolled up from them,
    and its partners ranked (at the level the sources name them, and rolled up to countries).
``person(kb, id) -> PersonView``
    A person: spellings, dated positions (from ``role`` facts: first and last publication seen),
    the facts naming them.
``document(kb, id) -> DocumentView``
    Text, facts with evidence offsets into the text and their canonical facts, other versions
    of the story (near-duplicates).
``fact(kb, id) -> FactView``
    One canonical fact with every source (document, outlet, URL, date, evidence sentence and
    offsets) and its conflicts (which source says what).
``organisations(kb, q=None) -> list[Organisation]``
    The organisations named by facts (``orgs`` of agreements, ``of`` of roles), normalised
    (no quotes or legal form), with their aliases; ``q`` filters by a part of any name.
``briefing(kb, a, b=None, date_from=None, date_to=None, limit=200) -> BriefingFacts``
    What a briefing report says about a pair (or one place with all its partners) over a period:
    the newest ``limit`` facts of each type (trade figures and targets: all) with every source,
    counts of all of them, the people named with their positions and those positions' sources.
``conflicts(kb, page=1, per_page=50) -> Page[FactView]``
    Canonical facts with unresolved conflicts, most sources first.
``search(kb, q, type=None, place=None, date_from=None, date_to=None, page=1, per_page=20, irrelevant=True) -> Page[SearchHit]``
    Full-text search over documents by word forms (lemmas in SQLite FTS5; PostgreSQL's
    ``russian`` configuration), filtered by fact type, place (with everything inside it) and
    publication dates; ``irrelevant=False`` leaves out documents without cooperation facts.
``documents_list(kb, irrelevant=False, outlet=None, page=1, per_page=50) -> (Page[DocumentRow], hidden)``
    The stored documents, the latest first; those without cooperation facts (general news a
    feed brought) hidden unless ``irrelevant``, and counted.
``facts(kb, filters=FactFilter(...), page=1, per_page=50) -> Page[FactView]``
    Canonical facts by type (or the types of a page section), place, pair, status, conflicts,
    dates, person, minimum sources.

For the web pages, smaller answers: ``fact_people`` (who a fact names, for the merge form),
``namesakes`` (same surname), ``person_id_by_name``, ``person_fields`` (in which capacity facts
name a person), ``count_people``, ``places_with_facts``, ``place_exists``, ``links`` (facts between a
place's partners, for the network picture), ``first_sources`` (the first document behind each
canonical fact), ``corrections`` (the fields editors set on canonical facts), ``extractor_version_of``
(which extractor made a document's facts: the web page's rule trace says when it is not this one).

Which types a page section lists (the pair's timeline, trade series and agreements, a place's
partners, a person's positions) the fact types' registry says (``coopwatch.facttypes.section``).

Place IDs follow FACTS.md (``RU``, ``RU-TA``, ``RU-TA/Казань``). Unknown IDs give empty results;
unknown fact or document numbers raise ``KBError``.

Modules: ``base`` (fact views, ``within``), ``listing`` (facts, conflicts, overview), ``pairs``, ``places``, ``people``, ``documents``, ``briefing``.
"""

from coopwatch.kb.query.base import VIEW, as_dict, views, within
from coopwatch.kb.query.briefing import briefing
from coopwatch.kb.query.documents import (
    corrections,
    document,
    documents_list,
    extractor_version_of,
    first_sources,
    search,
)
from coopwatch.kb.query.listing import FactFilter, conflicts, fact, facts, overview
from coopwatch.kb.query.pairs import pair
from coopwatch.kb.query.people import (
    count_people,
    fact_people,
    namesakes,
    organisations,
    person,
    person_fields,
    person_id_by_name,
    surname_keys,
)
from coopwatch.kb.query.places import links, place, place_exists, places_with_facts

__all__ = ["VIEW", "FactFilter", "as_dict", "briefing", "conflicts", "corrections", "count_people", "document", "documents_list",
           "extractor_version_of", "fact", "fact_people", "facts", "first_sources", "links", "namesakes",
           "organisations", "overview", "pair", "person", "person_fields", "person_id_by_name", "place", "place_exists", "places_with_facts", "search", "surname_keys",
           "views", "within"]
