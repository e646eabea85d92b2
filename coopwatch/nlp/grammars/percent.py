"""Growth: "на 45%", "на 38,5 процента", "118,2% к уровню", "в 1,5 раза", "в два с половиной раза",
"вдвое", "на треть", "на две трети", "наполовину".

Word lists are the lexicon's: ``L.times_words`` ("вдвое" → 2), ``L.fraction_words`` ("треть" →
33.3 %); numbers come from ``common``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, normalized

from coopwatch.lexicon import L
from coopwatch.nlp.grammars.common import Match, number, number_value, number_word, parser

Growth = fact("Growth", ["value", "times"])


@cache
def _times_words() -> dict[str, float]:
    return {w: float(v) for w, v in L.times_words.items()}


@cache
def _fractions() -> dict[str, float]:
    return {w: float(v) for w, v in L.fraction_words.items()}


def fraction_percent(text: str) -> float | None:
    """"треть" → 33.3, "две трети" → 66.7, "наполовину" → 50."""
    from coopwatch.nlp.annotate import lemma_of

    *count, word = text.split()
    part = _fractions().get(lemma_of(word)) or _fractions().get(word.lower())
    if part is None:
        return None
    times = number_value(" ".join(count)) if count else 1.0
    return round(part * times, 1) if times else None


def _grammar():
    percent = rule(
        number().interpretation(Growth.value.custom(number_value)),
        or_(rule(eq("%")), rule(normalized("процент")), rule(caseless("проц"), eq(".").optional())),
    )
    times = or_(
        rule(caseless("в"), number().interpretation(Growth.times.custom(number_value)), normalized("раз")),
        rule(dictionary(set(_times_words())).interpretation(Growth.times.normalized().custom(_times_words().get))),
    )
    fractions = {w for w in _fractions() if w != "наполовину"}
    # "вырос на треть", "на две трети": the preposition belongs to the change, as "в" does to "в 1,5 раза"
    fraction = or_(
        rule(caseless("на"), rule(number_word().optional(), dictionary(fractions))
             .interpretation(Growth.value.custom(fraction_percent))),
        rule(caseless("наполовину").interpretation(Growth.value.custom(fraction_percent))),
    )
    return or_(percent, times, fraction).interpretation(Growth)


@dataclass(frozen=True)
class Ratio:
    percent: float | None  # "45%" → 45
    times: float | None  # "в 1,5 раза" → 1.5


@lru_cache(maxsize=1)
def _parser():
    return parser(_grammar())


def find_growth(text: str) -> list[Match]:
    return [Match(m.span.start, m.span.stop, Ratio(percent=m.fact.value, times=m.fact.times))
            for m in _parser().findall(text)]
