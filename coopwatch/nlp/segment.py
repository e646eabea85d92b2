"""Sentences and tokens (razdel), with line breaks as sentence boundaries.

News pages put headlines, bylines and paragraphs on lines of their own, often without a final
period; razdel alone would glue a headline to the first sentence. A blank line always ends a
sentence (a paragraph ends: "Заголовок\n\n20 сентября в Казани…"); a single line break ends one
unless the next line starts in lower case or with a digit (a wrapped line). A line opening links to other
articles ("Читайте также: …") is no sentence of the article, and one that is only such a heading ends it.
"""

from __future__ import annotations

import re
from functools import cache

from natasha.segment import Segmenter, Sent
from razdel import sentenize

# The lexicon's word lists the segmenter reads (the annotation cache is keyed by them too).
LEXICON_READ = ("unit_abbreviations", "page_tail_markers")
BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n+(?=\s*[^\s\da-zа-яё])")
# The syntax parser scores every pair of words in a sentence: a "sentence" of thousands of words
# (a page without punctuation) would take minutes and gigabytes. Longer stretches are cut.
MAX_SENTENCE = 1500  # characters


class LineSegmenter(Segmenter):
    def sentenize(self, text):
        start = 0
        told = False  # a sentence of the article yielded: a links heading after it ends the article
        for m in list(BREAK.finditer(text)) + [None]:
            stop = m.start() if m else len(text)
            block = text[start:stop]
            line = block.lstrip()
            link = page_tail().match(line)
            rest = line[link.end():].strip(" \t") if link is not None else ""
            heading = link is not None and not rest.strip(":.—–-")  # "Популярные новости за сутки", "Читайте также:"
            if heading and told:
                return  # after the article, its links heading: the rest of the page is other articles
            if not heading and not rest.startswith(":"):  # (not "Читайте также: <another article's headline>")
                for s in _joined(block, sentenize(block)):
                    if s.text.strip():
                        told = True
                        yield from _cut(Sent(start + s.start, start + s.stop, s.text))
            if m:
                start = m.end()


def page_tail() -> re.Pattern:
    """A line that opens links to other articles ("Читайте также: …"; the lexicon's page_tail_markers)."""
    from coopwatch.lexicon import phrase_pattern

    return phrase_pattern("page_tail_markers")


# "548,8 млн. долл. США": an abbreviated unit before "США" does not end the sentence, though
# razdel takes it for one; before "В 2024 году …" it does.
@cache
def unit_end() -> re.Pattern:
    """A sentence ending in an abbreviated unit and its dot (the lexicon's unit_abbreviations)."""
    from coopwatch.lexicon import L
    from coopwatch.lexicon.forms import alternation

    return re.compile(rf"\b{alternation(L.unit_abbreviations)}\.\s*$", re.I)


UNIT_GOES_ON = re.compile(r"^(?:США|[a-zа-яё(])")


def _joined(block: str, sents):
    held = None
    for s in sents:
        if held is not None:
            if UNIT_GOES_ON.match(s.text):
                s = Sent(held.start, s.stop, block[held.start:s.stop])
            else:
                yield held
            held = None
        if unit_end().search(s.text):
            held = s
            continue
        yield s
    if held is not None:
        yield held


def _cut(sent: Sent):
    """A sentence no longer than MAX_SENTENCE, cut at the last space before the limit."""
    start, text = sent.start, sent.text
    while len(text) > MAX_SENTENCE:
        cut = text.rfind(" ", 0, MAX_SENTENCE)
        cut = cut if cut > 0 else MAX_SENTENCE
        yield Sent(start, start + cut, text[:cut])
        rest = text[cut:]
        skipped = len(rest) - len(rest.lstrip())
        start, text = start + cut + skipped, rest.lstrip()
    if text:
        yield Sent(start, start + len(text), text)
