"""Command line: a thin layer over the library (``runner``, ``kb``, ``web``)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import typer

from coopwatch import quiet_libraries, terminal

WORKERS_HELP = "Процессов извлечения (0 — в этом процессе; порядок вывода тот же)"
terminal.install()  # typer's own words (help panels, errors) in Russian
app = terminal.RuTyper(help="coopwatch: факты межрегионального сотрудничества из новостей", no_args_is_help=True,
                       add_completion=False)


@app.callback()
def main() -> None:
    quiet_libraries()


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., metavar="ПУТЬ", help="Файлы или папки; «-» — стандартный ввод"),
    out: Path = typer.Option(None, "--out", "-o", help="Куда записать JSON Lines (по умолчанию — stdout)"),
    progress: bool = typer.Option(True, help="Показывать индикатор выполнения"),
    workers: int = typer.Option(0, "--workers", "-j", min=0, help=WORKERS_HELP),
) -> None:
    """Извлечь факты из документов: одна строка JSON на документ. Код возврата 1, если какие-то
    документы не обработаны (они названы в сводке), — как у ingest."""
    from coopwatch.runner import extract_paths

    writable(out)
    with open(out, "w", encoding="utf-8") if out else contextlib.nullcontext(sys.stdout) as fh:
        summary = extract_paths(paths, fh, progress=progress, workers=workers)
    typer.echo(summary.text(), err=True)
    raise typer.Exit(1 if summary.n_failed else 0)


def writable(out: Path | None) -> None:
    """A file to write can be written: its folder exists and is a folder, the file is not a folder
    (else a Russian error naming it, exit code 1, before any work is done)."""
    if out is None:
        return
    problem = None
    if not out.parent.exists():
        problem = f"папка {out.parent} не существует: создайте её или укажите другой путь в --out"
    elif not out.parent.is_dir():
        problem = f"{out.parent} — не папка"
    elif out.is_dir():
        problem = f"{out} — папка, а нужен файл"
    else:
        try:
            with open(out, "a", encoding="utf-8"):
                pass
        except OSError as e:
            problem = f"в {out} нельзя записать: {e.strerror or e}"
    if problem:
        typer.echo(f"ошибка: {problem}", err=True)
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="ЭТАЛОН", help="Эталон gold.jsonl"),
    docs: Path = typer.Argument(..., exists=True, file_okay=False, metavar="ПАПКА", help="Папка с документами"),
    errors: bool = typer.Option(False, "--errors", help="Перечислить все пропуски и лишние факты"),
    as_json: bool = typer.Option(False, "--json", help="Таблица в JSON"),
    scorer: Path = typer.Option(None, help="Путь к eval/score.py (по умолчанию ищется рядом с эталоном)"),
    keep: Path = typer.Option(None, help="Сохранить извлечённые факты в этот файл"),
    workers: int = typer.Option(0, "--workers", "-j", min=0, help=WORKERS_HELP),
) -> None:
    """Извлечь факты из DOCS и оценить их по эталону GOLD (таблица оценщика score.py)."""
    from coopwatch.runner import evaluate

    writable(keep)
    table, summary = evaluate(gold, docs, scorer=scorer, errors=errors, as_json=as_json, keep=keep, workers=workers)
    typer.echo(table, nl=False)
    if summary.n_failed:
        typer.echo(summary.text(), err=True)


@app.command()
def facts(paths: list[str] = typer.Argument(..., metavar="ПУТЬ", help="Файлы или папки")) -> None:
    """Извлечь факты и показать их таблицей."""
    from coopwatch.report.table import print_facts
    from coopwatch.runner import iter_results

    results = list(iter_results(paths))
    print_facts([r.facts for r in results if r.facts is not None])
    raise typer.Exit(1 if any(r.error for r in results) else 0)


@app.command()
def explain(
    paths: list[str] = typer.Argument(..., metavar="ПУТЬ", help="Файлы или папки; «-» — стандартный ввод"),
    as_json: bool = typer.Option(False, "--json", help="JSON вместо текста"),
) -> None:
    """Показать для каждого факта правила, которые его дали, и почему отброшены остальные кандидаты."""
    import json

    from coopwatch.extract.explain import render_text, to_json
    from coopwatch.ingest import read_paths
    from coopwatch.runner import explain_facts, extraction

    batch = extraction()
    for o in batch.run(read_paths(paths), explain_facts):
        if o.value is not None:
            typer.echo(json.dumps(to_json(o.value), ensure_ascii=False) if as_json else render_text(o.value))
    raise typer.Exit(1 if batch.failures else 0)


@app.command()
def rules(area: str = typer.Argument(None, metavar="ЧАСТЬ", help="Тип факта или общая часть (sides, clauses, links)")) -> None:
    """Перечислить правила извлечения по порядку: имя, конструкция, пример."""
    from coopwatch.extract.rulebook import rules as all_rules

    for r in all_rules(area):
        typer.echo(f"{r.name}\n    {r.construction}\n    пример: {r.example}")


@app.command()
def samples() -> None:
    """Показать факты встроенного демонстрационного корпуса."""
    from coopwatch import paths as data_paths

    facts([str(data_paths.SAMPLES)])


# --- knowledge base (coopwatch.kb.cli) ---
from coopwatch.kb import cli as kb_cli  # noqa: E402

app.command("ingest")(kb_cli.ingest)
app.command("reextract")(kb_cli.reextract)
app.command("export")(kb_cli.export)
app.command("curate")(kb_cli.curate)
app.command("merge-people")(kb_cli.merge_people)
app.command("merge-orgs")(kb_cli.merge_orgs)


# --- live ingestion (coopwatch.crawl.cli) ---
from coopwatch.crawl import cli as crawl_cli  # noqa: E402

app.add_typer(crawl_cli.sources_app, name="sources")
app.command("crawl")(crawl_cli.crawl)


# --- web application (coopwatch.web.cli) ---
from coopwatch.web import cli as web_cli  # noqa: E402

app.command("serve")(web_cli.serve)
app.command("demo")(web_cli.demo)
app.add_typer(web_cli.user_app, name="user")


# --- reports (coopwatch.report.cli) ---
from coopwatch.report import cli as report_cli  # noqa: E402

app.command("report")(report_cli.report)


if __name__ == "__main__":  # pragma: no cover - after every command is registered
    app()
