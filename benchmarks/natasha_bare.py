"""The bare Natasha pipeline as one process: the baseline of ``extraction_speed.py --whole``.

    .venv/bin/python benchmarks/natasha_bare.py FOLDER

Reads every ``*.txt`` under FOLDER (UTF-8) and runs Natasha's Segmenter, NewsMorphTagger,
NewsSyntaxParser and NewsNERTagger over each, as a user of Natasha alone would; prints the number
of documents and tokens. BLAS is held to one thread, as coopwatch holds it (``coopwatch/__init__.py``),
so both processes do the same arithmetic the same way. No MorphVocab (pymorphy) is loaded and no
lemma is asked for: the four steps alone, the cheapest baseline, as in the in-process comparison.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main(folder: str) -> None:
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    emb = NewsEmbedding()
    segmenter = Segmenter()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    docs = tokens = 0
    for path in sorted(Path(folder).rglob("*.txt")):
        doc = Doc(path.read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        docs += 1
        tokens += len(doc.tokens)
    print(f"{docs} documents, {tokens} tokens")


if __name__ == "__main__":
    main(sys.argv[1])
