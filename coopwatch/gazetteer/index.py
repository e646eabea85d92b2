"""The place index: a trie of gazetteer names by word keys, built once and cached on disk.

The trie is nested dicts keyed by words (``forms.data_key``); a node's places sit under the
empty key: ``{"курский": {"область": {"": [("RU-KRS", "name", (True, False))]}}}`` — place ID,
form of the name (name, abbr, adj, demonym, authority) and which words must be capitalised.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from coopwatch.gazetteer.forms import ENTRIES, data_key
from coopwatch.gazetteer.places import gazetteer

Trie = dict


def tokens_of(name: str) -> list[str]:
    from razdel import tokenize

    return [t.text for t in tokenize(name) if t.text not in ("(", ")", "—", "–")]


@lru_cache(maxsize=1)
def trie() -> Trie:
    """The place trie, built from the data files once and then kept in the user's cache
    directory: building it lemmatises some ten thousand names (half a second), loading it does not."""
    import hashlib
    import os
    import pickle

    from coopwatch import paths
    from coopwatch.gazetteer import forms

    digest = hashlib.sha1()
    for f in sorted(paths.GAZETTEER_DATA.glob("*.tsv")) + [Path(__file__), Path(forms.__file__)]:
        digest.update(f.read_bytes())
    cache = paths.cache_dir() / f"places-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    root = build_trie()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")  # worker processes may build it at once
        with open(tmp, "wb") as fh:
            pickle.dump(root, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
        for old in cache.parent.glob("places-*.pickle"):
            if old != cache:
                old.unlink(missing_ok=True)  # built from data files that have changed since
    except OSError:
        pass  # a read-only home only costs the next start half a second
    return root


def build_trie() -> Trie:
    gz = gazetteer()
    root: Trie = {}

    def add(words: list[str], place_id: str, form: str) -> None:
        node = root
        caps = []
        for w in words:
            key, cap = data_key(w)
            caps.append(cap)
            node = node.setdefault(key, {})
        entry = (place_id, form, tuple(caps))
        entries = node.setdefault(ENTRIES, [])
        if entry not in entries:
            entries.append(entry)

    for p in gz.places.values():
        for n in p.names or (p.name,):
            words = tokens_of(n)
            if words:
                form = "abbr" if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 else "name"
                add(words, p.id, form)
                if p.level == "district" and words[-1] == "район":
                    add(words[:-1] + ["муниципальный", "район"], p.id, form)  # "Рыбно-Слободский муниципальный район"
        if "/" in p.id:
            add(tokens_of(p.name), p.id, "name")
        for a in p.adjectives:
            add([a.lower()], p.id, "adj")
        for d in p.demonyms:
            add([d.lower()], p.id, "demonym")
    for pid, names in gz.authorities.items():
        for n in names:
            add(tokens_of(n), pid, "authority")
    return root
