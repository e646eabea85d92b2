"""Batch extraction and evaluation: the library behind ``coopwatch extract`` and ``coopwatch eval``.

One bad document never stops a batch: read failures and extraction errors are counted, named
and written out as empty results with an ``error`` field.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import tempfile
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from coopwatch.ingest import ReadFailure, iter_sources, read_paths
from coopwatch.models import Document, DocumentFacts

log = logging.getLogger("coopwatch")
PROGRESS_FROM = 5  # documents; fewer need no progress bar


def quiet_libraries() -> None:
    """pymorphy2 warns about pkg_resources on every start; users need not see it."""
    warnings.filterwarnings("ignore", category=UserWarning, module="pymorphy2")
    warnings.filterwarnings("ignore", message=".*pkg_resources.*")


@dataclass
class RunSummary:
    documents: int = 0
    facts: int = 0
    failed: Counter = field(default_factory=Counter)  # reason → count
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def n_failed(self) -> int:
        return sum(self.failed.values())

    def text(self) -> str:
        lines = [f"Документов: {self.documents}, фактов: {self.facts}, не обработано: {self.n_failed}"]
        for reason, n in self.failed.most_common():
            lines.append(f"  {reason}: {n}")
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


def extract_one(doc: Document) -> Result:
    from coopwatch.extract import extract_document

    try:
        return Result(doc=doc.id, source=doc.source or doc.id, facts=extract_document(doc), document=doc)
    except Exception as e:  # one document's bug must not stop the batch; it is reported
        log.exception("extraction failed for %s", doc.source or doc.id)
        return Result(doc=doc.id, source=doc.source or doc.id, error=f"ошибка извлечения: {type(e).__name__}: {e}",
                      document=doc)


def iter_results(paths: Iterable[str | Path]) -> Iterator[Result]:
    for item in read_paths(paths):
        if isinstance(item, ReadFailure):
            yield Result(doc=Path(item.source).stem, source=item.source, error=item.reason)
        else:
            yield extract_one(item)


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many documents to expect (for the progress bar); None for standard input."""
    paths = list(paths)
    if any(str(p) == "-" for p in paths):
        return None
    return sum(1 for s in iter_sources(paths))


def extract_paths(paths: list[str], out: IO[str], *, progress: bool = True) -> RunSummary:
    """Extract every document under ``paths`` and write one JSON line per document to ``out``."""
    summary = RunSummary()
    total = count_inputs(paths)
    bar = None
    if progress and (total is None or total >= PROGRESS_FROM):
        from tqdm import tqdm

        bar = tqdm(total=total, unit="док", desc="Извлечение", file=sys.stderr, leave=False)
    for r in iter_results(paths):
        summary.documents += 1
        if r.error:
            summary.failed[r.error.split(":")[0]] += 1
            summary.failures.append((r.source, r.error))
            print(f"предупреждение: {r.source}: {r.error}", file=sys.stderr)
        else:
            summary.facts += len(r.facts.facts)
            for w in r.facts.warnings:
                summary.warnings.append((r.source, w))
                print(f"предупреждение: {r.source}: {w}", file=sys.stderr)
            if not r.facts.facts:
                log.info("%s: фактов сотрудничества не найдено", r.source)
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
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
             as_json: bool = False, keep: Path | None = None) -> tuple[str, RunSummary]:
    """Run extraction over ``docs`` and the project's scorer against ``gold``; returns its output."""
    scorer = scorer or find_scorer(gold)
    if scorer is None:
        raise FileNotFoundError("не найден оценщик eval/score.py (укажите --scorer)")
    with tempfile.TemporaryDirectory() as tmp:
        pred = keep or Path(tmp) / "pred.jsonl"
        with open(pred, "w", encoding="utf-8") as fh:
            summary = extract_paths([str(docs)], fh, progress=True)
        cmd = [sys.executable, str(scorer), str(gold), str(pred)]
        if errors:
            cmd.append("--errors")
        if as_json:
            cmd.append("--json")
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            raise RuntimeError(f"оценщик завершился с ошибкой: {res.stderr.strip()}")
        return res.stdout, summary
