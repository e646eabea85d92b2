"""The entity layer: people, organisations and places in a text, and people's positions.

``entities(text) -> EntityLayer`` (or ``entities_of(annotated)``). The layer starts from
slovnet's NER spans and corrects them with what the rest of coopwatch knows (the gazetteer, the
people finder, the titles and the role stage); ``benchmarks/entities.py`` measures it against
factRuEval-2016 and NEREL, and bare slovnet beside it.

* ``spans`` — person spans: cut at a line break or a bracket, a title or a common noun before
  the name cut off ("Канцлер Меркель", "Брат Пьеро"), a capitalised common word dropped
  ("Опустили", "История"), parts of one name joined ("Фёдора" + "Ивановича Шаляпина"), names NER
  missed added from the people finder; organisation spans: generic abbreviations dropped
  ("СМИ"), unions of states and the Kremlin as the presidency made organisations ("ЕС", "НАТО",
  "пресс-служба Кремля"), quoted names fitted to their quotes ("ЗАО «Ренова»" → "Ренова",
  "«Живи" → "«Живи!»") and added after an organisation noun ("фонд «Начинай»"); place spans: the
  gazetteer's matches NER missed added, and spans NER cut short extended ("Соединённых Штатов").
* ``places`` — place IDs (``shared/schema/FACTS.md``: ISO 3166, ``PARENT/Имя``) for the
  gazetteer's matches, for names the matcher missed in an inflected form, and for towns the
  gazetteer does not list but the text places in a region.
* ``occupations`` — titles bound to people, with the organisation or territory of the position.

Needs: raw text (or an ``Annotated`` from ``nlp.annotate``). Adds: ``EntityLayer``.
"""

from __future__ import annotations

from coopwatch.nlp.annotate import Annotated
from coopwatch.nlp.entities.model import Entity, EntityLayer, Occupation, PlaceLink, Ref
from coopwatch.nlp.entities.occupations import find_occupations
from coopwatch.nlp.entities.places import PlaceRef, link_places, retype_person_places, to_char_links
from coopwatch.nlp.entities.spans import TokenSpan, find_spans

__all__ = ["Entity", "EntityLayer", "Occupation", "PlaceLink", "Ref", "entities", "entities_of"]


def entities(text: str) -> EntityLayer:
    """Entities and occupations of ``text`` (loads the Natasha models on first use). The layer
    reads no dependency syntax, so the text is annotated without it (about twice as fast)."""
    from coopwatch.nlp.annotate import annotate

    return entities_of(annotate(text, syntax=False))


def entities_of(ann: Annotated) -> EntityLayer:
    """The layer for an already annotated text."""
    ctx = analyse(ann)
    spans = retype_person_places(ctx, find_spans(ctx))
    refs = link_places(ctx, spans)
    ents = _to_entities(ann, spans, refs)
    return EntityLayer(text=ann.text, spans=ents, occupations=find_occupations(ctx, ents, refs),
                       places=to_char_links(ann, refs))


def analyse(ann: Annotated):
    """The extraction pipeline's context for ``ann`` (``extract.pipeline``) up to the role stage:
    places, people, titles, the document's sides, and every title's ``of``."""
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.models import Document

    return run_stages(Document(id="entities", text=ann.text), until="role", ann=ann)


def _to_entities(ann: Annotated, spans: list[TokenSpan], refs: list[PlaceRef]) -> list[Entity]:
    """Character spans; a place span takes the ID of the linked mention overlapping it most (a
    name before an adjective, never an authority)."""
    tokens = ann.tokens
    out = []
    for s in spans:
        start, stop = tokens[s.first].start, tokens[s.last].stop
        place_id = None
        if s.type == "LOC":
            inside = [r for r in refs if r.first <= s.last and s.first <= r.last and r.form != "authority"]
            if inside:
                best = max(inside, key=lambda r: (min(r.last, s.last) - max(r.first, s.first), r.form != "adj"))
                place_id = best.place_id
        out.append(Entity(s.type, start, stop, ann.text[start:stop], place_id))
    return out
