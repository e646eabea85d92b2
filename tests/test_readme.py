"""The README's commands run as written (issue 11 §6): every ``coopwatch …`` line of its command
blocks names a command that exists and only options that command has; every ``make`` target it
names is in the Makefile; it says how to get the ``coopwatch`` command on the path."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer

from coopwatch.cli import app

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def command_lines() -> list[str]:
    lines = []
    for block in re.findall(r"```(?:sh|bash)\n(.*?)```", README, re.S):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line).strip()
            if line.startswith(("coopwatch ", ".venv/bin/coopwatch ")):
                lines.append(line)
    return lines


def resolve(words: list[str]):  # noqa: ANN201 - the click command and the words after its path
    cmd = typer.main.get_command(app)
    rest = list(words)
    while rest and hasattr(cmd, "commands") and rest[0] in cmd.commands:
        cmd = cmd.commands[rest.pop(0)]
    return cmd, rest


@pytest.mark.parametrize("line", command_lines())
def test_a_readme_command_exists_with_its_options(line: str) -> None:
    words = shlex.split(line.replace("[", " ").replace("]", " "))[1:]
    cmd, rest = resolve(words)
    assert not hasattr(cmd, "commands"), f"«{line}»: команда не названа полностью"
    known = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}
    for w in rest:
        if w.startswith("-") and w != "-":
            assert w.split("=", 1)[0] in known, f"«{line}»: у команды нет параметра {w}"


def test_there_are_commands_to_check() -> None:
    assert len(command_lines()) >= 15


def test_the_make_targets_the_readme_names_exist() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([\w./-]+):", makefile, re.M))
    named = set(re.findall(r"`make ([\w./-]+)", README))
    assert named and named <= targets, named - targets


def test_the_readme_says_how_to_run_coopwatch() -> None:
    assert ".venv/bin/activate" in README and ".venv/bin/coopwatch" in README
