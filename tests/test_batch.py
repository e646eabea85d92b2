"""The one batch driver (``coopwatch.batch``) behind extract, eval, ingest and reextract: input
order kept in worker processes, one broken document — an exception or a dead worker — fails alone
and is named in a warning, one content hash per document, the progress bar's count."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from coopwatch.batch import CRASHED, Batch
from coopwatch.ingest import count_documents, read_paths
from coopwatch.ingest.identity import content_hash
from coopwatch.models import Document

TEXTS = {
    "kazan": "Мэр Казани и председатель Мингорисполкома подписали соглашение о побратимстве городов.",
    "ufa": "Глава Башкортостана встретился с послом Узбекистана в Уфе.",
    "omsk": "Омская область и Павлодарская область обсудили запуск автобусного маршрута.",
    "tver": "Тверская область и Витебская область договорились о поставках льна.",
}


def folder_of_inputs(tmp_path: Path) -> Path:
    """Texts, an empty file between them, and JSON Lines with a broken line."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("kazan", "ufa"):
        (d / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    lines = [json.dumps({"id": "omsk", "text": TEXTS["omsk"]}, ensure_ascii=False), "{сломанная строка",
             "", json.dumps({"id": "tver", "text": TEXTS["tver"]}, ensure_ascii=False)]
    (d / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


# Work functions live at module level: worker processes import them by name.
def words(doc: Document, chash: str) -> tuple[str, int, str]:
    return doc.id, len(doc.text.split()), chash


def fails_on_ufa(doc: Document, chash: str) -> str:
    if doc.id == "ufa":
        raise ValueError("сломанный документ")
    return doc.id


def kills_worker_on_ufa(doc: Document, chash: str) -> str:
    if doc.id == "ufa":
        os._exit(3)  # as a segmentation fault or the out-of-memory killer would
    return doc.id


def test_count_documents_counts_json_lines(tmp_path):
    d = folder_of_inputs(tmp_path)
    assert count_documents([d]) == 6  # 3 files and 3 non-blank lines (a broken line is a failure to count)
    assert len(list(read_paths([d]))) == 6
    assert count_documents([d, "-"]) is None
    assert count_documents([tmp_path / "нет"]) == 1


@pytest.mark.parametrize("workers", [0, 2])
def test_outcomes_in_input_order_with_one_hash_each(tmp_path, workers):
    d = folder_of_inputs(tmp_path)
    batch = Batch("Проверка", workers=workers, progress=False)
    outcomes = list(batch.run(read_paths([d]), words))
    assert [o.doc_id for o in outcomes] == ["empty", "kazan", "omsk", "news", "tver", "ufa"]
    assert [o.error is not None for o in outcomes] == [True, False, False, True, False, False]
    for o in outcomes:
        if o.document is not None:
            assert o.content_hash == content_hash(o.document.text) == o.value[2]  # the hash work was given
    assert {s for s, _ in batch.failures} == {str(d / "empty.txt"), f"{d / 'news.jsonl'}:2"}


@pytest.mark.parametrize("workers", [0, 2])
def test_an_exception_fails_one_document_and_is_named(tmp_path, capfd, workers):
    d = folder_of_inputs(tmp_path)
    batch = Batch("Проверка", workers=workers, progress=False, fails_as="ошибка извлечения")
    done = {o.doc_id: o for o in batch.run(read_paths([d]), fails_on_ufa)}
    assert done["ufa"].error == "ошибка извлечения: ValueError: сломанный документ"
    assert [done[k].value for k in ("kazan", "omsk", "tver")] == ["kazan", "omsk", "tver"]
    err = capfd.readouterr().err
    assert f"предупреждение: {d / 'ufa.txt'}: ошибка извлечения: ValueError: сломанный документ" in err
    assert f"предупреждение: {d / 'empty.txt'}: пустой файл" in err


def test_a_dead_worker_fails_only_its_document(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    names = [f"doc{i:02d}" for i in range(12)] + ["ufa"] + [f"next{i:02d}" for i in range(12)]
    for n in names:
        (d / f"{n}.txt").write_text(f"Текст документа {n} о сотрудничестве регионов.", encoding="utf-8")
    batch = Batch("Проверка", workers=2, progress=False)
    outcomes = list(batch.run(read_paths([d]), kills_worker_on_ufa))
    assert [o.doc_id for o in outcomes] == sorted(names)
    assert [o.doc_id for o in outcomes if o.error] == ["ufa"] and batch.failures == [(str(d / "ufa.txt"), CRASHED)]
    assert all(o.value == o.doc_id for o in outcomes if o.doc_id != "ufa")


def test_skipped_documents_get_no_work(tmp_path):
    d = folder_of_inputs(tmp_path)
    batch = Batch("Проверка", progress=False)
    seen: list[str] = []
    outcomes = list(batch.run(read_paths([d]), fails_on_ufa, wanted=lambda doc, h: seen.append(h) or doc.id != "ufa"))
    ufa = next(o for o in outcomes if o.doc_id == "ufa")
    assert ufa.skipped and ufa.error is None and ufa.value is None
    assert seen == [o.content_hash for o in outcomes if o.document is not None]


def test_extract_with_worker_processes_writes_the_same_lines(tmp_path):
    """``coopwatch extract -j 2`` gives the lines ``-j 0`` gives, in the same order."""
    from coopwatch.runner import extract_paths

    d = folder_of_inputs(tmp_path)
    outs = []
    for workers in (0, 2):
        buf = io.StringIO()
        summary = extract_paths([str(d)], buf, progress=False, workers=workers)
        assert (summary.documents, summary.n_failed) == (6, 2)
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    assert [json.loads(x)["doc"] for x in outs[0].splitlines()] == ["empty", "kazan", "omsk", "news", "tver", "ufa"]


def test_ingest_names_a_failed_document_in_a_warning(tmp_path, capfd):
    from coopwatch.kb.db import open_kb
    from coopwatch.kb.ingest import ingest

    d = folder_of_inputs(tmp_path)
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps({"doc": n, "facts": []}) + "\n" for n in TEXTS), encoding="utf-8")
    summary = ingest(open_kb(str(tmp_path / "kb.db")), [str(d)], workers=0, facts_file=facts, progress=False)
    assert (summary.added, len(summary.failures)) == (4, 2)
    err = capfd.readouterr().err
    assert f"предупреждение: {d / 'empty.txt'}: пустой файл" in err
    assert f"предупреждение: {d / 'news.jsonl'}:2: строка не разобрана как документ JSON" in err
