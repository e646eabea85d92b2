"""A web write on a full disk (issue 15): the server on a database in a small tmpfs that the test
fills up (a private mount namespace: the machine's disks are not touched). Writes answer 507 in
Russian and change nothing; pages are still read."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import EDITOR, build_kb, free_port

COOPWATCH = str(Path(sys.executable).parent / "coopwatch")


@pytest.mark.slow
def test_a_write_on_a_full_disk_answers_507(tmp_path: Path, small_fs) -> None:  # noqa: ANN001
    kb, ids = build_kb(str(tmp_path / "kb.db"))
    kb.dispose()
    port = free_port()
    script = f"""
cp "{tmp_path}/kb.db" "$MNT/kb.db"
{COOPWATCH} serve --db "$MNT/kb.db" --port {port} > "{tmp_path}/serve.log" 2>&1 &
server=$!
read command
dd if=/dev/zero of="$MNT/filler" bs=64k > /dev/null 2>&1
echo full
read command
kill $server
wait $server
"""
    proc = small_fs(script, 16, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/me", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=30) as c:
            token = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]}).json()["csrf_token"]
            fact = c.get("/api/facts", params={"type": "agreement"}).json()["items"][0]["id"]
            proc.stdin.write("fill\n")
            proc.stdin.flush()
            assert proc.stdout.readline().strip() == "full"
            r = c.post(f"/api/fact/{fact}/status", json={"status": "rejected"}, headers={"X-CSRF-Token": token})
            assert r.status_code == 507, r.text
            assert "нет места" in r.json()["detail"]
            assert c.get(f"/api/fact/{fact}").json()["fact"]["status"] == "auto"
            assert c.get("/pair", params={"a": "RU-TA", "b": "BY"}).status_code == 200
            with httpx.Client(base_url=base, timeout=30) as other:
                r = other.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
                assert r.status_code == 507 and "нет места" in r.json()["detail"]
    finally:
        if proc.poll() is None:
            proc.stdin.write("stop\n")
            proc.stdin.flush()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
