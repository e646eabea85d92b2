"""Growth: "на 45%", "на 38,5 процента", "118,2% к уровню", "в 1,5 раза", "вдвое"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, normalized

from coopwatch.nlp.grammars.common import NUMBER, Match, number_value, parser

Growth = fact("Growth", ["value", "times"])

TIMES_WORDS = {"вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5}

PERCENT = rule(
    NUMBER.interpretation(Growth.value.custom(number_value)),
    or_(rule(eq("%")), rule(normalized("процент")), rule(caseless("проц"), eq(".").optional())),
)
TIMES = or_(
    rule(caseless("в"), NUMBER.interpretation(Growth.times.custom(number_value)), normalized("раз")),
    rule(dictionary(set(TIMES_WORDS)).interpretation(Growth.times.normalized().custom(TIMES_WORDS.get))),
)
GROWTH = or_(PERCENT, TIMES).interpretation(Growth)


@dataclass(frozen=True)
class Ratio:
    percent: float | None  # "45%" → 45
    times: float | None  # "в 1,5 раза" → 1.5


@lru_cache(maxsize=1)
def _parser():
    return parser(GROWTH)


def find_growth(text: str) -> list[Match]:
    return [Match(m.span.start, m.span.stop, Ratio(percent=m.fact.value, times=m.fact.times))
            for m in _parser().findall(text)]
