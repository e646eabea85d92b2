"""Readers for the two public benchmarks under ``../shared/benchmarks`` (formats in its README.md).

factRuEval-2016 (``factrueval2016/testset``): per document ``book_N`` the text, the typed spans,
the mentions (``.objects``, built from spans), the coreference entities (``.coref``) and the
facts (``.facts``). NEREL v1.1 (``nerel/test``): brat standoff — entities ``T``, relations ``R``
and Wikidata links ``N``.

The data is third-party and stays outside the repository; these readers only parse it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_BENCHMARKS = REPO.parent / "shared" / "benchmarks"
FACTRU_TEST = SHARED_BENCHMARKS / "factrueval2016" / "testset"
NEREL_TEST = SHARED_BENCHMARKS / "nerel" / "test"


# ---- factRuEval-2016 ------------------------------------------------------------------------


@dataclass(frozen=True)
class FSpan:
    id: str
    type: str  # org_name, loc_name, surname, name, job, ...
    start: int
    stop: int


@dataclass
class FObject:
    """One entity mention (``.objects`` line): a type and the spans it is built from."""

    id: str
    type: str  # Person, Org, Location, LocOrg, Project, Facility
    spans: list[FSpan]

    @property
    def start(self) -> int:
        return min(s.start for s in self.spans)

    @property
    def stop(self) -> int:
        return max(s.stop for s in self.spans)


@dataclass
class FEntity:
    """A coreference entity: its mentions and its attribute lines (name, lastname, ...)."""

    id: str
    mentions: list[FObject]
    slots: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class FFact:
    id: str
    type: str
    # role → one entry per occurrence; each entry lists its alternatives as ("obj", entity id),
    # ("span", span id) or ("str", text)
    args: dict[str, list[list[tuple[str, str]]]] = field(default_factory=dict)

    def attr(self, name: str) -> str | None:
        vals = self.args.get(name)
        return vals[0][0][1] if vals and vals[0] and vals[0][0][0] == "str" else None

    def refs(self, role: str, kind: str) -> list[str]:
        """Ids of one kind ("obj" or "span") given for a role, alternatives included."""
        return [v for occ in self.args.get(role, []) for k, v in occ if k == kind]

    @property
    def hard(self) -> bool:
        """"Сложность повышенная": facts the upstream evaluator leaves out by default."""
        return (self.attr("Сложность") or "").startswith("повышенная")


@dataclass
class FactruDoc:
    id: str
    text: str
    spans: dict[str, FSpan]
    objects: dict[str, FObject]
    entities: dict[str, FEntity]
    facts: list[FFact]


def _read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8").split("\n")


def read_factru_doc(base: Path) -> FactruDoc:
    """``base`` is the path without extension: ``.../testset/book_3954``."""
    text = base.with_suffix(".txt").read_text(encoding="utf-8")
    spans: dict[str, FSpan] = {}
    for line in _read_lines(base.with_suffix(".spans")):
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 4:
            sid, typ, start, size = parts[:4]
            spans[sid] = FSpan(sid, typ, int(start), int(start) + int(size))
    objects: dict[str, FObject] = {}
    for line in _read_lines(base.with_suffix(".objects")):
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 3:
            ref = [spans[s] for s in parts[2:] if s in spans]
            if ref:
                objects[parts[0]] = FObject(parts[0], parts[1], ref)
    entities: dict[str, FEntity] = {}
    for block in "\n".join(_read_lines(base.with_suffix(".coref"))).split("\n\n"):
        lines = [x.strip() for x in block.strip().split("\n") if x.strip()]
        if not lines:
            continue
        head = lines[0].split()
        ent = FEntity(head[0], [objects[o] for o in head[1:] if o in objects])
        for line in lines[1:]:
            kv = line.split(None, 1)
            if len(kv) == 2:
                ent.slots.append((kv[0], kv[1].strip()))
        entities[ent.id] = ent
    facts: list[FFact] = []
    for block in "\n".join(_read_lines(base.with_suffix(".facts"))).split("\n\n"):
        lines = [x.strip() for x in block.strip().split("\n") if x.strip()]
        if not lines:
            continue
        fid, ftype = lines[0].split(None, 1)
        fact = FFact(fid, ftype.strip())
        for line in lines[1:]:
            role, _, value = line.partition(" ")
            role = "Job" if role == "Position" else role
            alts: list[tuple[str, str]] = []
            for alt in value.split(" | "):
                m = re.match(r"^(obj|span)(\d+)", alt.strip())
                if m:
                    alts.append((m.group(1), m.group(2)))
            if not alts:
                alts = [("str", value.strip())]
            fact.args.setdefault(role, []).append(alts)
        facts.append(fact)
    return FactruDoc(base.name, text, spans, objects, entities, facts)


def factru_docs(folder: Path = FACTRU_TEST, limit: int | None = None) -> list[FactruDoc]:
    """Documents of a factRuEval folder, by name (``book_*.txt``: ``list.txt`` is not one)."""
    paths = sorted(folder.glob("book_*.txt"), key=lambda p: int(p.stem.split("_")[1]))
    return [read_factru_doc(p.with_suffix("")) for p in paths[:limit]]


# ---- NEREL ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NEntity:
    id: str
    type: str
    start: int  # of the first fragment
    stop: int  # of the last fragment
    text: str
    fragments: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class NRelation:
    id: str
    type: str
    arg1: str
    arg2: str


@dataclass
class NerelDoc:
    id: str
    text: str
    entities: dict[str, NEntity]
    relations: list[NRelation]
    links: dict[str, tuple[str, str]]  # entity id → (Wikidata QID or "NULL", label)


def read_nerel_doc(txt: Path) -> NerelDoc:
    text = txt.read_text(encoding="utf-8")
    entities: dict[str, NEntity] = {}
    relations: list[NRelation] = []
    links: dict[str, tuple[str, str]] = {}
    for line in _read_lines(txt.with_suffix(".ann")):
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            typ, _, where = cols[1].partition(" ")
            frags = tuple((int(a), int(b)) for a, b in (f.split() for f in where.split(";")))
            entities[cols[0]] = NEntity(cols[0], typ, frags[0][0], frags[-1][1], cols[2], frags)
        elif line.startswith("R") and len(cols) >= 2:
            typ, a1, a2 = cols[1].split()
            relations.append(NRelation(cols[0], typ, a1.split(":", 1)[1], a2.split(":", 1)[1]))
        elif line.startswith("N") and len(cols) >= 2:
            _, tid, ref = cols[1].split()
            links[tid] = (ref.split(":", 1)[1], cols[2] if len(cols) > 2 else "")
    return NerelDoc(txt.stem, text, entities, relations, links)


def nerel_docs(folder: Path = NEREL_TEST, limit: int | None = None) -> list[NerelDoc]:
    paths = sorted(folder.glob("*.txt"))
    return [read_nerel_doc(p) for p in paths[:limit]]
