"""No English in the command line (issue 11 §3): the help of every command, typer's and click's own
words (usage line, panels, the help option) and every kind of usage error are Russian."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from coopwatch.cli import app

runner = CliRunner()
# click's and typer's English, as they would print it
ENGLISH = re.compile(r"Usage:|Missing|Error\b|Show this message|Invalid value|Try '|\bOptions\b|\bArguments\b|"
                     r"\bCommands\b|default:|\[required\]|No such|Got unexpected|does not exist|Possible options|"
                     r"requires an argument|is not a valid|Input should|Aborted|<bool>|<str>|<int|\[OPTIONS\]")


def every_command() -> list[list[str]]:
    """The path of every command and group of the application ("user add")."""
    root = typer.main.get_command(app)
    out: list[list[str]] = [[]]

    def walk(group, path: list[str]) -> None:  # noqa: ANN001 - a click group
        for name, cmd in group.commands.items():
            out.append([*path, name])
            if hasattr(cmd, "commands"):
                walk(cmd, [*path, name])

    walk(root, [])
    return out


@pytest.mark.parametrize("path", every_command(), ids=lambda p: " ".join(p) or "coopwatch")
def test_every_help_is_russian(path: list[str]) -> None:
    r = runner.invoke(app, [*path, "--help"], prog_name="coopwatch", terminal_width=120)
    assert r.exit_code == 0, r.output
    text = re.sub(r"[\s│]+", " ", r.output)  # the panels' lines and borders
    assert "Использование: coopwatch" in text and "Показать эту справку и выйти" in text
    assert not ENGLISH.search(r.output), ENGLISH.search(r.output).group()
    # the arguments are named in Russian, each in one pair of brackets: not «{name}», «[[НОМЕР]]»
    line = next(x for x in r.output.splitlines() if "Использование:" in x)
    usage = line.split("[ПАРАМЕТРЫ]", 1)[1]
    assert not re.search(r"[A-Za-z]", usage) and "[[" not in usage, usage


@pytest.mark.parametrize(("args", "said"), [
    (["extract"], "не указан аргумент «ПУТЬ»"),
    (["report", "--pair", "RU-TA", "BY"], "не указан параметр «--out» / «-o»"),
    (["extract", "--bogus", "x"], "нет такого параметра: --bogus"),
    (["serve", "--port", "abc"], "неверное значение «--port» / «-p»: ожидается целое число"),
    (["serve", "--port", "99999"], "неверное значение «--port» / «-p»: должно быть не больше 65535"),
    (["eval", "нет-такого.jsonl", "."], "«нет-такого.jsonl» не существует"),
    (["frobnicate"], "нет такой команды: frobnicate"),
    (["user", "add"], "не указан аргумент «ИМЯ»"),
    (["export", "--out"], "параметру «--out» нужно значение"),
    (["merge-people", "1", "2", "3"], "лишние аргументы: 3"),
])
def test_usage_errors_are_russian(args: list[str], said: str) -> None:
    r = runner.invoke(app, args, prog_name="coopwatch", terminal_width=200)
    assert r.exit_code == 2, r.output
    assert said in r.output, r.output
    assert "Ошибка" in r.output and not ENGLISH.search(r.output), r.output


def test_the_installed_command_speaks_russian() -> None:
    """As a person runs it, not through the test runner: the entry point's error and exit code."""
    r = subprocess.run([sys.executable, "-m", "coopwatch.cli", "extract"], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 2 and "не указан аргумент" in r.stderr and "Использование:" in r.stderr
    assert not ENGLISH.search(r.stderr + r.stdout)
