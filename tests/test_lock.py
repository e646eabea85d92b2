"""The lock file (requirements.lock) pins every dependency pyproject.toml names, with hashes: a
dependency added without ``make lock`` fails here, not on the next machine."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_is_locked_with_hashes() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"]}
    lock = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pinned = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", lock, re.MULTILINE))
    pinned = {k.lower().replace("_", "-"): v for k, v in pinned.items()}
    assert wanted - set(pinned) == set(), "не закреплены (make lock)"
    blocks = re.split(r"^(?=[A-Za-z0-9_.-]+==)", lock, flags=re.MULTILINE)[1:]
    assert all("--hash=sha256:" in b for b in blocks) and len(blocks) == len(pinned)
