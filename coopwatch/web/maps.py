"""The maps' boundary files, shipped gzip-compressed (``static/map/XX.json.gz``, built by
``tools/build_map.py``): 1.7 MB of GeoJSON is 0.4 MB so, in the package and on the wire. A browser
that accepts gzip (every one does) gets the file as it is stored, marked ``Content-Encoding: gzip``;
any other client gets it unpacked. The address stays ``/static/map/XX.json``."""

from __future__ import annotations

import gzip
import hashlib
from functools import cache
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

MAP_DIR = Path(__file__).resolve().parent / "static" / "map"
SUFFIX = ".json.gz"
router = APIRouter(include_in_schema=False)


def map_files() -> frozenset[str]:
    """The countries whose boundaries ship with the package."""
    return _map_files()


@cache
def _map_files() -> frozenset[str]:
    return frozenset(f.name[: -len(SUFFIX)] for f in MAP_DIR.glob(f"*{SUFFIX}"))


@cache
def _packed(country: str) -> tuple[bytes, str]:
    body = (MAP_DIR / f"{country}{SUFFIX}").read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@router.get("/static/map/{country}.json")
def boundaries(request: Request, country: str) -> Response:
    if country not in map_files():
        raise HTTPException(404, f"границ страны «{country[:10]}» в пакете нет")
    body, etag = _packed(country)
    headers = {"ETag": etag, "Vary": "Accept-Encoding", "Cache-Control": "public, max-age=86400"}
    if etag in request.headers.get("if-none-match", ""):
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(body, media_type="application/json", headers={**headers, "Content-Encoding": "gzip"})
    return Response(gzip.decompress(body), media_type="application/json", headers=headers)
