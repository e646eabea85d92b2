"""Sentences and tokens (razdel), with line breaks as sentence boundaries.

News pages put headlines, bylines and paragraphs on lines of their own, often without a final
period; razdel alone would glue a headline to the first sentence. A line break ends a sentence
unless the next line starts in lower case (a wrapped line).
"""

from __future__ import annotations

import re

from natasha.segment import Segmenter, Sent
from razdel import sentenize

BREAK = re.compile(r"\n+(?=\s*[^\s\da-zа-яё])")


class LineSegmenter(Segmenter):
    def sentenize(self, text):
        start = 0
        for m in list(BREAK.finditer(text)) + [None]:
            stop = m.start() if m else len(text)
            block = text[start:stop]
            for s in sentenize(block):
                if s.text.strip():
                    yield Sent(start + s.start, start + s.stop, s.text)
            if m:
                start = m.end()
