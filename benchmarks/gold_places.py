"""Recall of the gazetteer on the place IDs of the gold facts.

Run from the repository root (the corpora are read from ``../shared/corpus``)::

    .venv/bin/python -m benchmarks.gold_places            # dev and fresh
    .venv/bin/python -m benchmarks.gold_places --missed   # and every ID not found, with its document

For every document of a set and every place ID its gold facts name (``parties``, ``visitor``,
``host``, ``places``, ``place``, ``in``, ``between``, and ``of`` when it is a place ID), the
document is annotated (``coopwatch.nlp.annotate.annotate``) and its places found
(``coopwatch.gazetteer.matcher.find_places``) — the pipeline up to the places stage, no fact
rules. The ID counts as found when some mention of the document resolves to exactly that ID
(compared as ``FACTS.md`` compares IDs: case-insensitively, ``ё`` = ``е``). Recall = IDs found /
IDs in the gold, counting each (document, ID) pair once.

An ID not found here cannot be extracted by any fact rule; an ID found may still be missed by
them. Not a test: the corpora are third-party data outside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
SETS = ("dev", "fresh")

PLACE_FIELDS = ("parties", "visitor", "host", "places", "place", "in", "between", "of")
PLACE_ID = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?(?:/.+)?$")


def norm(place_id: str) -> str:
    return place_id.lower().replace("ё", "е")


def gold_place_ids(facts: list[dict]) -> set[str]:
    """Every place ID the facts of one document name."""
    out: set[str] = set()
    for fact in facts:
        for name in PLACE_FIELDS:
            value = fact.get(name)
            values = value if isinstance(value, list) else [value]
            out.update(v for v in values if isinstance(v, str) and PLACE_ID.match(v))
    return out


def documents(corpus: Path) -> Iterator[tuple[str, str, set[str]]]:
    """(document id, text, gold place IDs) for every document of a set with gold facts."""
    from coopwatch.ingest.reader import read_paths
    from coopwatch.models import Document

    gold = {}
    with open(corpus / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                gold[row["doc"]] = gold_place_ids(row["facts"])
    for doc in read_paths([corpus / "docs"]):
        if isinstance(doc, Document) and gold.get(doc.id):
            yield doc.id, doc.text, gold[doc.id]


def found_ids(text: str) -> set[str]:
    from coopwatch.gazetteer.matcher import find_places
    from coopwatch.nlp.annotate import annotate

    return {norm(m.resolved) for m in find_places(annotate(text))}


def measure(corpus: Path) -> tuple[int, int, list[tuple[str, str]]]:
    """(found, total, [(document, missed ID)])."""
    found = total = 0
    missed = []
    for doc_id, text, ids in documents(corpus):
        seen = found_ids(text)
        for pid in sorted(ids):
            total += 1
            if norm(pid) in seen:
                found += 1
            else:
                missed.append((doc_id, pid))
    return found, total, missed


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--missed", action="store_true", help="list every place ID not found")
    ap.add_argument("sets", nargs="*", default=list(SETS))
    args = ap.parse_args(argv)
    for name in args.sets:
        found, total, missed = measure(CORPUS / name)
        print(f"{name:6} recall {found / max(total, 1):.3f}  ({found} / {total} place IDs)")
        if args.missed:
            for doc_id, pid in missed:
                print(f"    {doc_id}\t{pid}")


if __name__ == "__main__":
    main()
