"""Benchmark of coopwatch's entity layer (``coopwatch.nlp.entities``) on factRuEval-2016 and NEREL.

Run from the repository root (the data is read from ``../shared/benchmarks``)::

    .venv/bin/python -m benchmarks.entities            # the whole test sets, both cores
    .venv/bin/python -m benchmarks.entities --limit 3  # a quick look at 3 documents of each

Reports, for the layer and for bare slovnet (Natasha's ``NewsNERTagger`` on the raw text) in the
same run on the same texts:

1. **NER F1 per type on factRuEval-2016 test**, computed as Natasha's public benchmark (naeval)
   computes it, so the figures compare with its published table (slovnet: PER 0.959, LOC 0.915,
   ORG 0.825). The rule (implemented in ``benchmarks/scoring.py``):

   * gold spans come from the ``.objects`` mentions: a ``Person`` mention is one span from the
     start of its first span to the end of its last (first name, surname, patronymic,
     nickname); an ``Org`` mention contributes its ``org_name`` spans, a ``Location`` or
     ``LocOrg`` mention its ``loc_name`` spans (mentions without such spans, descriptors and
     ``geo_adj`` are not scored); types map Person→PER, Org→ORG, Location and LocOrg→LOC;
   * on both sides nested and crossing spans are reduced to the outermost (sorted by start,
     longer first, a span starting inside the last kept span is dropped), and spans whose ends
     are not razdel token boundaries of the text are dropped;
   * each razdel token of the document is tagged inside/outside per type (IO tagging, so a
     partly right span earns partial credit), and per type precision = tokens inside both /
     tokens inside the prediction, recall = tokens inside both / tokens inside the gold, summed
     over all documents; F1 is their harmonic mean.

2. **Occupations** (person — position — organisation or territory), precision, recall, F1:

   * *factRuEval test* ``Occupation`` facts (Who, Job, Where). As in the upstream evaluator's
     default mode, facts marked ``Сложность повышенная`` are left out of the gold, and a
     prediction that matches only such a fact counts neither way. A prediction is the layer's
     ``Occupation`` with a ``where`` (factRuEval's occupations always name where). It matches a
     fact when (a) its person span overlaps a mention of the fact's Who entity (``.coref`` →
     ``.objects``), (b) its position span overlaps the fact's Job span or one of its
     alternatives — or, the facts being about entities, its title names the same position
     elsewhere: every noun of the Job phrase is among its title's words, by lemma ("главным
     редактором" ~ "главный редактор газеты") — (not checked for the few facts without Job), and (c) its where — the span it
     was read from, any organisation or place span of the layer with the same words by lemma
     ("Госдумы" = "Госдуме"), or any mention the layer links to the same place ID — overlaps a
     mention of the Where entity. Predictions are counted once per (person, title, where): precision =
     distinct predictions matching a fact / distinct predictions, recall = facts matched by some
     prediction / facts.
   * *NEREL test*: gold triples join ``WORKS_AS`` (PERSON → PROFESSION) with ``WORKPLACE``: the
     workplaces of the PROFESSION mention, else those of the PERSON mention, else none (then
     where is not checked). Every layer ``Occupation`` is a prediction (counted once per person
     span and position span); it matches a triple when its person span overlaps the PERSON
     mention, its position span overlaps the PROFESSION mention and, if the triple has
     workplaces, its where overlaps one of them (same where rule as above).

3. **Place linking on NEREL test**: every ``COUNTRY``, ``STATE_OR_PROVINCE`` and ``CITY`` mention
   whose Wikidata link ``benchmarks/data/wikidata_places.tsv`` maps to a coopwatch place ID
   (how that file was made is written at its top; ``NULL`` links and QIDs with no ID in the
   scheme are left out and counted apart). The layer's answer for a mention is the place ID of
   the layer's place link or LOC span overlapping it most (a LOC span first on ties); it is
   right when equal to the truth, case-insensitively with ё = е. Accuracy = right / mentions,
   reported for countries, Russian regions (truth ``RU-…``), other regions and cities.

The benchmark is not part of the test suite; ``tests/test_benchmark_harness.py`` runs it on a
couple of documents.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.datasets import (
    FACTRU_TEST,
    NEREL_TEST,
    FactruDoc,
    NerelDoc,
    factru_docs,
    nerel_docs,
)
from benchmarks.scoring import (
    PRF,
    TYPES,
    TypedSpan,
    outermost,
    overlaps,
    prepare,
    token_bounds,
    token_io_scores,
)

MAPPING = Path(__file__).resolve().parent / "data" / "wikidata_places.tsv"
FACTRU_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
PLACE_TYPES = ("COUNTRY", "STATE_OR_PROVINCE", "CITY")
Span = tuple[int, int]


# ---- running the layer ----------------------------------------------------------------------


@dataclass
class Run:
    """What the layer and bare slovnet give for one text."""

    layer: object  # coopwatch.nlp.entities.EntityLayer
    slovnet: list[TypedSpan]


def run_one(text: str) -> Run:
    from coopwatch.nlp.annotate import models
    from coopwatch.nlp.entities import entities

    layer = entities(text)
    bare = [TypedSpan(s.start, s.stop, s.type) for s in models()["ner"](text).spans] if text.strip() else []
    return Run(layer, bare)


def run_all(texts: list[str], jobs: int) -> list[Run]:
    """The layer over every text, in ``jobs`` processes (models load once, before the fork)."""
    from coopwatch.nlp.annotate import models

    models()
    if jobs <= 1 or len(texts) < 4:
        return [run_one(t) for t in texts]
    import multiprocessing as mp

    # longest texts first, so that the processes finish together
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    with mp.get_context("fork").Pool(jobs) as pool:
        done = pool.map(run_one, [texts[i] for i in order], chunksize=1)
    out: list[Run | None] = [None] * len(texts)
    for i, r in zip(order, done):
        out[i] = r
    return out  # type: ignore[return-value]


# ---- 1. NER on factRuEval ------------------------------------------------------------------


def factru_gold_spans(doc: FactruDoc) -> list[TypedSpan]:
    out: list[TypedSpan] = []
    for o in doc.objects.values():
        typ = FACTRU_TYPES.get(o.type)
        if typ == "PER":
            out.append(TypedSpan(o.start, o.stop, typ))
        elif typ:
            want = "org_name" if typ == "ORG" else "loc_name"
            out += outermost(TypedSpan(s.start, s.stop, typ) for s in o.spans if s.type == want)
    return out


def ner_scores(docs: list[FactruDoc], runs: list[Run]) -> tuple[dict[str, PRF], dict[str, PRF]]:
    ours = {t: PRF() for t in TYPES}
    bare = {t: PRF() for t in TYPES}
    for doc, run in zip(docs, runs):
        bounds = token_bounds(doc.text)
        gold = prepare(factru_gold_spans(doc), bounds)
        pred = prepare([TypedSpan(e.start, e.stop, e.type) for e in run.layer.spans], bounds)
        for typ, s in token_io_scores(pred, gold, bounds).items():
            ours[typ].add(s)
        for typ, s in token_io_scores(prepare(run.slovnet, bounds), gold, bounds).items():
            bare[typ].add(s)
    return ours, bare


# ---- 2. occupations ----------------------------------------------------------------------


def _any_overlap(a: Iterable[Span], b: Iterable[Span]) -> bool:
    b = list(b)
    return any(overlaps(x, y) for x in a for y in b)


def _lemmas(text: str) -> str:
    from coopwatch.nlp.annotate import lemma_of

    return " ".join(lemma_of(w) for w in text.replace("«", " ").replace("»", " ").replace('"', " ").split())


def _lemma_set(text: str) -> frozenset[str]:
    return frozenset(_lemmas(text).replace("ё", "е").split())


def where_spans(occ, layer) -> list[Span]:
    """The spans a predicted occupation's where stands for — the entity, not just the mention:
    the mention it was read from, every organisation or place span of the layer with the same
    words (compared by lemma: "Госдумы" = "Госдуме"), and every mention the layer links to the
    same place ID."""
    out: list[Span] = []
    if occ.where is not None:
        out.append((occ.where.start, occ.where.stop))
        key = _lemmas(occ.where.text)
        out += [(e.start, e.stop) for e in layer.spans if e.type != "PER" and _lemmas(e.text) == key]
    if occ.place_id:
        out += [(p.start, p.stop) for p in layer.places if p.place_id == occ.place_id]
        out += [(e.start, e.stop) for e in layer.spans if e.place_id == occ.place_id]
    return out


@dataclass
class GoldOccupation:
    who: list[Span]
    job: list[Span]  # alternatives; empty: not checked
    where: list[Span]  # mentions; empty: not checked
    hard: bool = False
    job_nouns: list[frozenset[str]] = field(default_factory=list)  # per job alternative (factRuEval)


def _nouns(text: str) -> frozenset[str]:
    """Lemmas of the nouns of a job phrase ("главным редактором" → {"редактор"})."""
    from coopwatch.nlp.annotate import morph_vocab

    out = set()
    for w in text.replace("«", " ").replace("»", " ").split():
        parses = morph_vocab()(w.lower())
        if parses and parses[0].tag.POS == "NOUN":
            out.add(parses[0].normal.replace("ё", "е"))
    return frozenset(out)


def factru_occupations(doc: FactruDoc) -> list[GoldOccupation]:
    out = []
    for f in doc.facts:
        if f.type != "Occupation":
            continue

        def mentions(role: str, fact=f) -> list[Span]:
            spans = []
            for ent_id in fact.refs(role, "obj"):
                ent = doc.entities.get(ent_id)
                if ent is not None:
                    spans += [(o.start, o.stop) for o in ent.mentions]
            return spans

        jobs = [(doc.spans[s].start, doc.spans[s].stop) for s in f.refs("Job", "span") if s in doc.spans]
        nouns = [_nouns(doc.text[a:b]) for a, b in jobs]
        out.append(GoldOccupation(mentions("Who"), jobs, mentions("Where"), f.hard, [n for n in nouns if n]))
    return out


def nerel_occupations(doc: NerelDoc) -> list[GoldOccupation]:
    works_as = [(r.arg1, r.arg2) for r in doc.relations if r.type == "WORKS_AS"]
    workplace: dict[str, list[str]] = {}
    for r in doc.relations:
        if r.type == "WORKPLACE":
            workplace.setdefault(r.arg1, []).append(r.arg2)
    out = []
    for person, prof in works_as:
        if person not in doc.entities or prof not in doc.entities:
            continue
        places = workplace.get(prof) or workplace.get(person) or []
        p, j = doc.entities[person], doc.entities[prof]
        out.append(GoldOccupation(
            [(p.start, p.stop)], [(j.start, j.stop)],
            [(doc.entities[w].start, doc.entities[w].stop) for w in places if w in doc.entities]))
    return out


def _matches(occ, layer, g: GoldOccupation) -> bool:
    if not _any_overlap([(occ.person.start, occ.person.stop)], g.who):
        return False
    if g.job and not _any_overlap([(occ.position.start, occ.position.stop)], g.job) \
            and not any(nouns <= _lemma_set(occ.position.text) for nouns in g.job_nouns):
        return False
    return not g.where or _any_overlap(where_spans(occ, layer), g.where)


def occupation_scores(golds: list[list[GoldOccupation]], runs: list[Run], *, need_where: bool,
                      key: str) -> PRF:
    """``key``: "entity" counts a prediction once per (person, title, where) — factRuEval's facts
    are about entities; "mention" once per (person span, title span) — NEREL's are mentions."""
    score = PRF()
    for gold, run in zip(golds, runs):
        layer = run.layer
        groups: dict[tuple, list] = {}
        for occ in layer.occupations:
            if need_where and occ.where is None and occ.place_id is None:
                continue
            if key == "entity":
                where = occ.place_id or (occ.where.text.lower() if occ.where else "")
                k = (occ.person.text.lower(), occ.position.text, where)
            else:
                k = (occ.person.start, occ.position.start)
            groups.setdefault(k, []).append(occ)
        found = set()
        for members in groups.values():
            hit = [n for n, g in enumerate(gold) if any(_matches(o, layer, g) for o in members)]
            found.update(n for n in hit if not gold[n].hard)
            if hit and all(gold[n].hard for n in hit):
                continue  # matches only facts the gold leaves out
            score.n_pred += 1
            score.tp_pred += bool(hit)
        score.n_gold += sum(1 for g in gold if not g.hard)
        score.tp_gold += len(found)
    return score


# ---- 3. place linking on NEREL ---------------------------------------------------------------


def load_mapping(path: Path = MAPPING) -> dict[str, str]:
    """QID → place ID ("" for a QID that has none in the scheme)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out[cols[0].strip()] = cols[1].strip() if len(cols) > 1 else ""
    return out


def _norm(pid: str) -> str:
    return pid.casefold().replace("ё", "е")


@dataclass
class Linking:
    right: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    unlinked: Counter = field(default_factory=Counter)  # no answer at all
    skipped: Counter = field(default_factory=Counter)  # NULL, or no ID in the scheme
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # category, text, truth, answer

    def accuracy(self, cat: str) -> float:
        return self.right[cat] / self.total[cat] if self.total[cat] else 0.0


def category(nerel_type: str, truth: str) -> str:
    if nerel_type == "COUNTRY":
        return "countries"
    if nerel_type == "CITY":
        return "cities"
    return "Russian regions" if truth.startswith("RU-") else "other regions"


def answer_for(start: int, stop: int, layer) -> str | None:
    cands = [(min(stop, e.stop) - max(start, e.start), 1, e.place_id) for e in layer.spans
             if e.type == "LOC" and e.place_id and e.start < stop and start < e.stop]
    cands += [(min(stop, p.stop) - max(start, p.start), 0, p.place_id) for p in layer.places
              if p.start < stop and start < p.stop]
    return max(cands)[2] if cands else None


def linking_scores(docs: list[NerelDoc], runs: list[Run], mapping: dict[str, str]) -> Linking:
    out = Linking()
    for doc, run in zip(docs, runs):
        for tid, ent in doc.entities.items():
            if ent.type not in PLACE_TYPES:
                continue
            qid = doc.links.get(tid, ("NULL", ""))[0]
            truth = mapping.get(qid, "")
            if not truth:
                out.skipped[ent.type] += 1
                continue
            cat = category(ent.type, truth)
            got = answer_for(ent.start, ent.stop, run.layer)
            out.total[cat] += 1
            if got is None:
                out.unlinked[cat] += 1
            if got is not None and _norm(got) == _norm(truth):
                out.right[cat] += 1
            else:
                out.errors.append((cat, ent.text, truth, got or "—"))
    return out


# ---- report ---------------------------------------------------------------------------------


def report(ner: tuple[dict[str, PRF], dict[str, PRF]], occ_factru: PRF, occ_nerel: PRF, linking: Linking,
           counts: dict[str, int], seconds: float) -> str:
    ours, bare = ner
    lines = [
        f"factRuEval-2016 test: {counts['factru']} documents; NEREL test: {counts['nerel']} documents.",
        "",
        "NER on factRuEval-2016 test (naeval's token-level F1; precision / recall in brackets)",
        "",
        "| type | coopwatch entity layer | bare slovnet |",
        "|---|---|---|",
    ]
    for typ in TYPES:
        o, b = ours[typ], bare[typ]
        lines.append(f"| {typ} | **{o.f1:.3f}** ({o.precision:.3f} / {o.recall:.3f}) "
                     f"| {b.f1:.3f} ({b.precision:.3f} / {b.recall:.3f}) |")
    lines += [
        "",
        "Occupations (person — position — organisation or territory)",
        "",
        "| benchmark | precision | recall | F1 | predictions | gold |",
        "|---|---|---|---|---|---|",
        f"| factRuEval-2016 test, `Occupation` | {occ_factru.precision:.3f} | {occ_factru.recall:.3f} "
        f"| **{occ_factru.f1:.3f}** | {occ_factru.n_pred} | {occ_factru.n_gold} |",
        f"| NEREL test, `WORKS_AS` + `WORKPLACE` | {occ_nerel.precision:.3f} | {occ_nerel.recall:.3f} "
        f"| **{occ_nerel.f1:.3f}** | {occ_nerel.n_pred} | {occ_nerel.n_gold} |",
        "",
        "Place linking on NEREL test (Wikidata links as truth)",
        "",
        "| mentions | accuracy | right / total | not linked at all |",
        "|---|---|---|---|",
    ]
    for cat in ("countries", "Russian regions", "other regions", "cities"):
        lines.append(f"| {cat} | **{linking.accuracy(cat):.3f}** | {linking.right[cat]} / {linking.total[cat]} "
                     f"| {linking.unlinked[cat]} |")
    skipped = ", ".join(f"{k} {v}" for k, v in sorted(linking.skipped.items()))
    lines += ["", f"Left out of linking (NULL link or no ID in the scheme): {skipped or 'none'}.",
              "", f"Time: {seconds:.0f} s."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Замеры слоя сущностей на factRuEval-2016 и NEREL.")
    parser.add_argument("--limit", type=int, default=None, help="только первые N документов каждого набора")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="число процессов")
    parser.add_argument("--errors", action="store_true", help="показать ошибки привязки мест")
    args = parser.parse_args(argv)
    if not FACTRU_TEST.is_dir() or not NEREL_TEST.is_dir():
        print(f"Нет данных: нужны {FACTRU_TEST} и {NEREL_TEST}", file=sys.stderr)
        return 2
    started = time.time()
    fdocs = factru_docs(limit=args.limit)
    ndocs = nerel_docs(limit=args.limit)
    runs = run_all([d.text for d in fdocs] + [d.text for d in ndocs], args.jobs)
    fruns, nruns = runs[:len(fdocs)], runs[len(fdocs):]
    ner = ner_scores(fdocs, fruns)
    occ_f = occupation_scores([factru_occupations(d) for d in fdocs], fruns, need_where=True, key="entity")
    occ_n = occupation_scores([nerel_occupations(d) for d in ndocs], nruns, need_where=False, key="mention")
    linking = linking_scores(ndocs, nruns, load_mapping())
    print(report(ner, occ_f, occ_n, linking, {"factru": len(fdocs), "nerel": len(ndocs)}, time.time() - started))
    if args.errors:
        print()
        for cat, text, truth, got in sorted(linking.errors):
            print(f"{cat}\t{text}\t{truth}\t{got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
