"""Batch extraction and evaluation: the library behind ``coopwatch extract``, ``eval`` and
``facts`` and ``explain``, over the one batch driver (``coopwatch.batch``).

One bad document never stops a batch: read failures and extraction errors are counted, named
and written out as empty results with an ``error`` field.
"""

from __future__ import annotations

import gc
import json
import logging
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from coopwatch.batch import Batch, Outcome, quiet_libraries
from coopwatch.ingest import count_documents, read_paths
from coopwatch.models import Document, DocumentFacts

__all__ = ["Result", "RunSummary", "evaluate", "extract_paths", "iter_results", "quiet_libraries"]
log = logging.getLogger("coopwatch")


@dataclass
class RunSummary:
    documents: int = 0
    facts: int = 0
    failed: Counter = field(default_factory=Counter)  # reason → count
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files a folder scan left alone, and why

    @property
    def n_failed(self) -> int:
        return sum(self.failed.values())

    def text(self) -> str:
        lines = [f"Документов: {self.documents}, фактов: {self.facts}, не обработано: {self.n_failed}"]
        for reason, n in self.failed.most_common():
            lines.append(f"  {reason}: {n}")
        if self.skipped:
            lines.append(f"Пропущено файлов, которые не документы: {len(self.skipped)} (названы выше)")
        return "\n".join(lines)


@dataclass
class Result:
    """One document's outcome: facts, or the reason there are none."""

    doc: str
    source: str
    facts: DocumentFacts | None = None
    error: str | None = None
    document: Document | None = None

    def to_json(self) -> dict:
        if self.facts is not None:
            return self.facts.to_json()
        return {"doc": self.doc, "published": None, "facts": [], "error": self.error}

    @classmethod
    def of(cls, o: Outcome) -> Result:
        return cls(doc=o.doc_id, source=o.source, facts=o.value, error=o.error, document=o.document)


def extract_facts(doc: Document, _content_hash: str) -> DocumentFacts:
    from coopwatch.extract import extract_document

    global _settled
    # A document's objects (natasha's tokens, ours, the grammars' charts) live until it is done and
    # are then freed by reference counting: the cyclic garbage collector, set off by their number,
    # would walk them again and again for nothing. It waits until the document is done.
    enabled = gc.isenabled()
    gc.disable()
    try:
        facts = extract_document(doc)
    finally:
        if enabled:
            gc.enable()
    if not _settled:
        # what the first document loaded (models, gazetteer, lexicon, grammars) stays for the life
        # of the process: out of the collector's sight, no full collection walks it again. Not
        # collected first: that walk costs a twentieth of a second and finds some hundred objects
        # of garbage (kept, then, for the life of the process: a few kilobytes)
        _settled = True
        gc.freeze()
    return facts


_settled = False


def explain_facts(doc: Document, _content_hash: str):  # noqa: ANN201 - extract.explain.Explanation
    from coopwatch.extract.explain import explain_document

    return explain_document(doc)


def extraction(*, workers: int = 0, progress: bool = False) -> Batch:
    return Batch("Извлечение", workers=workers, progress=progress, fails_as="ошибка извлечения")


def iter_results(paths: Iterable[str | Path], batch: Batch | None = None) -> Iterator[Result]:
    """Every document under ``paths`` extracted, in input order (``batch``: how — workers, progress
    bar; by default in this process, without a bar)."""
    paths = list(paths)
    batch = batch or extraction()
    total = count_documents(paths) if batch.progress else None
    for o in batch.run(read_paths(paths), extract_facts, total=total):
        yield Result.of(o)


def extract_paths(paths: list[str], out: IO[str], *, progress: bool = True, workers: int = 0) -> RunSummary:
    """Extract every document under ``paths`` and write one JSON line per document to ``out``."""
    summary = RunSummary()
    batch = extraction(workers=workers, progress=progress)
    for r in iter_results(paths, batch):
        summary.documents += 1
        if r.error:
            summary.failed[r.error.split(":")[0]] += 1
        else:
            summary.facts += len(r.facts.facts)
            if not r.facts.facts:
                log.info("%s: фактов сотрудничества не найдено", r.source)
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
    summary.failures, summary.warnings, summary.skipped = batch.failures, batch.warnings, batch.skipped
    return summary


def find_scorer(gold: Path) -> Path | None:
    """``shared/eval/score.py`` above the gold file, where the project keeps it."""
    for parent in gold.resolve().parents:
        cand = parent / "eval" / "score.py"
        if cand.exists():
            return cand
    here = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
    return here if here.exists() else None


def evaluate(gold: Path, docs: Path, *, scorer: Path | None = None, errors: bool = False,
             as_json: bool = False, keep: Path | None = None, workers: int = 0) -> tuple[str, RunSummary]:
    """Run extraction over ``docs`` and the project's scorer against ``gold``; returns its output."""
    scorer = scorer or find_scorer(gold)
    if scorer is None:
        raise FileNotFoundError("не найден оценщик eval/score.py (укажите --scorer)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = keep or Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as fh:
            summary = extract_paths([str(docs)], fh, progress=True, workers=workers)
        cmd = [sys.executable, str(scorer), str(gold), str(pred)]
        if errors:
            cmd.append("--errors")
        if as_json:
            cmd.append("--json")
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            raise RuntimeError(f"оценщик завершился с ошибкой: {res.stderr.strip()}")
        return res.stdout, summary
