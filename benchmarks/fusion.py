"""Fusion precision and recall on labelled pairs of gold facts.

    .venv/bin/python benchmarks/fusion.py [--errors]

The documents of ``../shared/corpus/dev`` and ``../shared/corpus/fresh`` go into a new SQLite knowledge
base with their gold facts (what a correct extractor yields, so this measures fusion itself), through
``coopwatch ingest``'s own path. ``benchmarks/data/fusion_pairs.tsv`` lists pairs of those facts, named
by document and place in the document's gold line, read one by one: one real fact (``same``) or not
(``different``; near-pairs: a side at another level, another year, another session, the other
direction). A pair is predicted the same when both facts are in one canonical fact.

Pairwise precision = fused ``same`` pairs / all fused pairs; every fused pair the list does not name
(two facts of one document, or a pair nobody labelled) counts as a wrong fusion. Recall = fused
``same`` pairs / ``same`` pairs. Targets: precision ≥ 0.98, recall ≥ 0.90. ``unsure`` pairs are left out.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAIRS = ROOT / "benchmarks" / "data" / "fusion_pairs.tsv"
CORPORA = ("dev", "fresh")
TARGET_PRECISION, TARGET_RECALL = 0.98, 0.90


@dataclass(frozen=True)
class Pair:
    a: tuple[str, int]  # (document, index of the fact in its gold line)
    b: tuple[str, int]
    type: str
    label: str  # same | different | unsure
    near: str
    note: str


def parse_ref(ref: str) -> tuple[str, int]:
    """``dev/p006#2`` → ("p006", 2)."""
    doc, idx = ref.split("/", 1)[1].split("#")
    return doc, int(idx)


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    out = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for ln in lines[1:]:
        row = dict(zip(header, ln.split("\t"), strict=True))
        out.append(Pair(parse_ref(row["a"]), parse_ref(row["b"]), row["type"], row["label"], row["near"], row["note"]))
    return out


def gold(shared: Path = SHARED) -> dict[str, list[dict]]:
    """Each document's gold facts, by document name."""
    out = {}
    for corpus in CORPORA:
        for line in (shared / "corpus" / corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                out[obj["doc"]] = obj["facts"]
    return out


def fuse_gold(db: Path, shared: Path = SHARED) -> dict[tuple[str, int], int]:
    """Ingest the corpora with their gold facts into ``db``; the canonical fact of each gold fact."""
    from coopwatch.kb.db import open_kb
    from coopwatch.kb.ingest import ingest
    from coopwatch.kb.schema import documents, facts

    facts_file = db.parent / "gold-facts.jsonl"
    facts_file.write_text("".join(json.dumps({"doc": d, "facts": fs}, ensure_ascii=False) + "\n"
                                  for d, fs in gold(shared).items()), encoding="utf-8")
    kb = open_kb(str(db))
    s = ingest(kb, [str(shared / "corpus" / c / "docs") for c in CORPORA], workers=0, facts_file=facts_file,
               progress=False)
    if s.failures:
        raise SystemExit(f"не загружены: {s.failures}")
    with kb.read() as c:
        rows = c.execute(sa.select(documents.c.name, facts.c.idx, facts.c.canonical_id)
                         .join(documents, documents.c.id == facts.c.document_id)).all()
    kb.dispose()
    return {(name, idx): cid for name, idx, cid in rows}


@dataclass
class Score:
    same: int = 0  # labelled same
    fused_same: int = 0  # true positives
    fused_different: int = 0  # labelled different, fused
    fused_unlabelled: int = 0  # fused, not in the list
    errors: list[str] = field(default_factory=list)

    @property
    def fused(self) -> int:
        return self.fused_same + self.fused_different + self.fused_unlabelled

    @property
    def precision(self) -> float:
        return self.fused_same / self.fused if self.fused else 1.0

    @property
    def recall(self) -> float:
        return self.fused_same / self.same if self.same else 1.0


def score(pairs: list[Pair], canonical: dict[tuple[str, int], int], facts_of: dict[str, list[dict]]) -> dict[str, Score]:
    """Scores by type and in total ("всего")."""
    by: dict[str, Score] = defaultdict(Score)
    labelled = set()
    for p in pairs:
        labelled.add(frozenset((p.a, p.b)))
        if p.label == "unsure":
            continue
        fused = canonical[p.a] is not None and canonical[p.a] == canonical[p.b]
        for s in (by[p.type], by["всего"]):
            if p.label == "same":
                s.same += 1
                s.fused_same += fused
                if not fused:
                    s.errors.append(f"не слиты: {p.a[0]}#{p.a[1]} {p.b[0]}#{p.b[1]} — {p.note}")
            elif fused:
                s.fused_different += 1
                s.errors.append(f"слиты напрасно ({p.near}): {p.a[0]}#{p.a[1]} {p.b[0]}#{p.b[1]} {p.note}")
    members: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for ref, cid in canonical.items():
        if cid is not None:
            members[cid].append(ref)
    for refs in members.values():
        for a, b in itertools.combinations(sorted(refs), 2):
            if frozenset((a, b)) not in labelled:
                t = facts_of[a[0]][a[1]]["type"]
                for s in (by[t], by["всего"]):
                    s.fused_unlabelled += 1
                    s.errors.append(f"слиты, нет в списке: {a[0]}#{a[1]} {b[0]}#{b[1]}")
    return dict(by)


def table(scores: dict[str, Score]) -> str:
    lines = ["| тип | пар «одно» | слито из них | слито напрасно | P | R |", "|---|---:|---:|---:|---:|---:|"]
    order = sorted((t for t in scores if t != "всего"), key=lambda t: -scores[t].same) + ["всего"]
    for t in order:
        s = scores[t]
        name = f"**{t}**" if t == "всего" else t
        lines.append(f"| {name} | {s.same} | {s.fused_same} | {s.fused_different + s.fused_unlabelled} | "
                     f"{s.precision:.3f} | {s.recall:.3f} |")
    return "\n".join(lines)


def run(shared: Path = SHARED, pairs_path: Path = PAIRS) -> dict[str, Score]:
    pairs = load_pairs(pairs_path)
    with tempfile.TemporaryDirectory() as tmp:
        canonical = fuse_gold(Path(tmp) / "kb.db", shared)
    return score(pairs, canonical, gold(shared))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="перечислить ошибки слияния")
    args = ap.parse_args()
    if not (SHARED / "corpus").is_dir():
        sys.exit(f"нет корпусов: {SHARED / 'corpus'}")
    started = time.monotonic()
    pairs = load_pairs()
    scores = run()
    total = scores["всего"]
    print(f"пар в списке: {len(pairs)} ({Counter(p.label for p in pairs)}); {time.monotonic() - started:.1f} с")
    print(table(scores))
    if args.errors:
        for e in total.errors:
            print(e)
    ok = total.precision >= TARGET_PRECISION and total.recall >= TARGET_RECALL
    print(f"цель: P ≥ {TARGET_PRECISION}, R ≥ {TARGET_RECALL} — {'выполнена' if ok else 'НЕ выполнена'}")


if __name__ == "__main__":
    main()
