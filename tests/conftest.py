"""Shared fixtures: the Natasha models load once per test session; ../shared is optional."""

from __future__ import annotations

import os
import warnings
from datetime import date
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message=".*pkg_resources.*")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "corpus" / "dev"

# The compiled place index of this checkout's gazetteer, kept beside it (for the commands the tests
# start too): the user's cache holds one version, and checkouts with other gazetteer data sharing a
# home directory would otherwise rebuild it in turn on every run.
os.environ.setdefault("COOPWATCH_CACHE", str(REPO / ".cache"))


# COOPWATCH_RULES_OFF=name1,name2: these named rules (coopwatch.extract.rulebook) answer their "off"
# value in every test of the session — how benchmarks/rules.py --tests finds the tests a rule is needed by.
RULES_OFF = tuple(n.strip() for n in os.environ.get("COOPWATCH_RULES_OFF", "").split(",") if n.strip())


def pytest_configure(config) -> None:
    if RULES_OFF:
        from coopwatch.extract.rulebook import rules

        unknown = sorted(set(RULES_OFF) - {r.name for r in rules()})
        if unknown:
            raise pytest.UsageError(f"COOPWATCH_RULES_OFF: нет таких правил: {', '.join(unknown)}")


@pytest.fixture(scope="session", autouse=True)
def rules_switched_off():
    """The rules named in COOPWATCH_RULES_OFF switched off for the whole session (before any
    module fixture extracts anything); nothing without it."""
    if not RULES_OFF:
        yield ()
        return
    from coopwatch.extract.rulebook import switched_off

    with switched_off(*RULES_OFF):
        yield RULES_OFF


def needs_shared() -> None:
    if not (DEV / "gold.jsonl").exists():
        pytest.skip(f"нет общего каталога {SHARED} (корпус dev и оценщик лежат рядом с репозиторием)")


@pytest.fixture(scope="session")
def extract():
    """``extract(text, published=None) -> list[dict]``: facts of one text, as FACTS.md dicts."""
    from coopwatch.extract import extract_document
    from coopwatch.models import Document

    def run(text: str, published: str | None = None) -> list[dict]:
        doc = Document(id="t", text=text, published=date.fromisoformat(published) if published else None)
        out = []
        for f in extract_document(doc).facts:
            d = f.to_json()
            d.pop("evidence", None)
            out.append(d)
        return out

    return run


def of_type(facts: list[dict], kind: str) -> list[dict]:
    return [f for f in facts if f["type"] == kind]


def subset(expected: dict, actual: dict) -> bool:
    """Every field the test names has that value (lists of places compared as sets)."""
    for k, v in expected.items():
        a = actual.get(k)
        if k in ("parties", "between") and isinstance(v, list):
            if set(v) != set(a or []):
                return False
        elif k in ("signatories", "participants") and isinstance(v, list):
            if {x.split()[-1] for x in v} != {x.split()[-1] for x in a or []}:
                return False
        elif a != v:
            return False
    return True


def assert_facts(facts: list[dict], kind: str, expected: list[dict]) -> None:
    """The facts of ``kind`` are exactly ``expected`` (each matched by the fields it names)."""
    got = of_type(facts, kind)
    assert len(got) == len(expected), f"ожидалось {len(expected)} фактов «{kind}», извлечено {len(got)}: {got}"
    left = list(got)
    for e in expected:
        match = next((g for g in left if subset(e, g)), None)
        assert match is not None, f"нет факта {e} среди {left}"
        left.remove(match)


def _can_mount_small_filesystem() -> str | None:
    """None when a tmpfs can be mounted in a private mount namespace (``unshare -rm``), else why not."""
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("unshare"):
        return "нет команды unshare (util-linux)"
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run(["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs {d} && umount {d}"],
                           capture_output=True, text=True, check=False)
    return None if r.returncode == 0 else f"unshare -rm не может смонтировать tmpfs: {r.stderr.strip()[:200]}"


@pytest.fixture
def small_fs(tmp_path: Path):
    """``run(script, size_mb, **popen)``: a bash ``script`` started in its own mount namespace with a
    tmpfs of ``size_mb`` mounted at ``$MNT`` (``tmp_path / "mnt"``) — a disk that fills up, made
    without touching the machine's. Skipped with the reason where no such filesystem can be made."""
    import subprocess

    why = _can_mount_small_filesystem()
    if why:
        pytest.skip(why)
    mnt = tmp_path / "mnt"
    mnt.mkdir()

    def run(script: str, size_mb: float, **kw: object) -> subprocess.Popen:
        env = {**os.environ, "MNT": str(mnt), **kw.pop("env", {})}  # type: ignore[dict-item]
        body = f"set -e\nmount -t tmpfs -o size={int(size_mb * 1024)}k tmpfs \"$MNT\"\nset +e\n{script}"
        return subprocess.Popen(["unshare", "-rm", "bash", "-c", body], env=env, text=True, **kw)

    run.mnt = mnt  # type: ignore[attr-defined]
    return run
