"""Synthetic Russian news items about interregional cooperation, with the facts each one states —
for benchmarks and for tests that need many documents. The sentences are the team's own
templates (no third-party text); every document gets a paragraph of shuffled vocabulary so that
different items are not near-duplicates, and a share of items are republished copies with light
edits, as real outlets do. Like real news, items agree with each other: a side has one head per
term, a pair one turnover per year (an outlet now and then reports another figure: a conflict).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

# id, nominative, genitive, instrumental, prepositional ("в …")
SIDES = [
    ("RU-TA", "Татарстан", "Татарстана", "Татарстаном", "Татарстане"),
    ("RU-BA", "Башкортостан", "Башкортостана", "Башкортостаном", "Башкортостане"),
    ("RU-NIZ", "Нижегородская область", "Нижегородской области", "Нижегородской областью",
     "Нижегородской области"),
    ("RU-BRY", "Брянская область", "Брянской области", "Брянской областью", "Брянской области"),
    ("RU-KRS", "Курская область", "Курской области", "Курской областью", "Курской области"),
    ("RU-SMO", "Смоленская область", "Смоленской области", "Смоленской областью", "Смоленской области"),
    ("RU-OMS", "Омская область", "Омской области", "Омской областью", "Омской области"),
    ("RU-SVE", "Свердловская область", "Свердловской области", "Свердловской областью",
     "Свердловской области"),
    ("RU-PNZ", "Пензенская область", "Пензенской области", "Пензенской областью", "Пензенской области"),
    ("RU-YAR", "Ярославская область", "Ярославской области", "Ярославской областью", "Ярославской области"),
]
PARTNERS = [
    ("BY", "Беларусь", "Беларуси", "Беларусью", "Беларуси"),
    ("BY-MI", "Минская область", "Минской области", "Минской областью", "Минской области"),
    ("BY-HO", "Гомельская область", "Гомельской области", "Гомельской областью", "Гомельской области"),
    ("BY-MA", "Могилевская область", "Могилевской области", "Могилевской областью", "Могилевской области"),
    ("BY-BR", "Брестская область", "Брестской области", "Брестской областью", "Брестской области"),
    ("BY-VI", "Витебская область", "Витебской области", "Витебской областью", "Витебской области"),
    ("BY-HR", "Гродненская область", "Гродненской области", "Гродненской областью", "Гродненской области"),
    ("KZ", "Казахстан", "Казахстана", "Казахстаном", "Казахстане"),
    ("UZ", "Узбекистан", "Узбекистана", "Узбекистаном", "Узбекистане"),
    ("CN", "Китай", "Китая", "Китаем", "Китае"),
]
FIRST = ["Александр", "Алексей", "Иван", "Сергей", "Владимир", "Андрей", "Дмитрий", "Игорь", "Олег", "Рустам",
         "Николай", "Михаил", "Павел", "Юрий", "Виктор", "Геннадий", "Максим", "Роман"]
LAST = ["Петров", "Соколов", "Кузнецов", "Морозов", "Волков", "Лебедев", "Козлов", "Новиков", "Зайцев", "Павлов",
        "Семенов", "Голубев", "Виноградов", "Богданов", "Воробьев", "Федоров", "Михайлов", "Беляев", "Тарасов",
        "Белов", "Комаров", "Орлов", "Киселев", "Макаров", "Андреев", "Ковалев", "Ильин", "Гусев", "Титов",
        "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин", "Сергеев", "Романов"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
_VOCAB_TEXT = ("промышленность сельское хозяйство образование культура спорт туризм логистика машиностроение нефтехимия "
         "медицина наука молодежь строительство энергетика экология инновации инвестиции экспорт поставки "
         "предприятия университеты студенты выставка ярмарка фестиваль проект программа кооперация технологии "
         "цифровизация транспорт дороги агропромышленный комплекс льноводство станкостроение фармацевтика "
         "текстиль мебель молочная продукция зерно удобрения тракторы автобусы лифты стекло цемент химия "
         "электроника связь банки страхование лизинг консалтинг архитектура реставрация музеи театры библиотеки "
         "хоккей футбол шахматы олимпиада школьники преподаватели врачи инженеры аграрии ветеринария лесное "
         "хозяйство рыбоводство птицеводство садоводство картофель сахар масло пищевая отрасль упаковка")
VOCAB = _VOCAB_TEXT.split()


@dataclass
class SynthDoc:
    id: str
    text: str
    published: date
    url: str
    facts: list[dict[str, Any]] = field(default_factory=list)

    def jsonl(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "url": self.url, "published": self.published.isoformat()}

    def facts_line(self) -> dict[str, Any]:
        return {"doc": self.id, "published": self.published.isoformat(), "facts": self.facts}


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _stable(*parts: object) -> random.Random:
    return random.Random(zlib.crc32("|".join(map(str, parts)).encode()))


def official(side: str, year: int) -> str:
    """Who heads a side in a year: one person per four-year term, the same in every item."""
    return _person(_stable(side, (year - 2016) // 4))


def turnover(a: str, b: str, year: int) -> int:
    """The pair's turnover in a year, in millions of dollars: the same figure in every item."""
    return _stable(a, b, year).randint(120, 1900)


def _noise(rng: random.Random, n: int) -> str:
    sentences = []
    while n > 0:
        k = rng.randint(6, 12)
        words = rng.sample(VOCAB, k)
        sentences.append(f"В повестке также {', '.join(words[:-1])} и {words[-1]}.")
        n -= k
    return " ".join(sentences)


def _prose(rng: random.Random, n: int) -> str:
    """``n`` words of shuffled vocabulary in sentences, with no words that recur in every sentence:
    two items share as few neighbouring word pairs as two different articles do."""
    sentences = []
    while n > 0:
        k = rng.randint(6, 12)
        words = [rng.choice(VOCAB) for _ in range(k)]
        sentences.append(" ".join(words).capitalize() + ".")
        n -= k
    return " ".join(sentences)


def document(rng: random.Random, n: int, start: date = date(2016, 1, 1), seed: int = 0, *,
             day: date | None = None, prose: tuple[int, int] | None = None) -> SynthDoc:
    """One synthetic news item and its facts (evidence = the sentence that states each): published
    on ``day`` (else a random day of ten years from ``start``), with a paragraph of shuffled
    vocabulary (``prose``: so many words of ``_prose``)."""
    a, b = rng.choice(SIDES), rng.choice(PARTNERS)
    day = day or start + timedelta(days=rng.randrange(3650))
    dstr = f"{day.day} {MONTHS[day.month - 1]} {day.year} года"
    p1, p2 = official(a[0], day.year), official(b[0], day.year)
    t1 = rng.choice(["губернатор", "глава"])
    sentences: list[tuple[str, list[dict[str, Any]]]] = []
    y = day.year
    kind, kind_acc = rng.choice([("plan", "план мероприятий"), ("agreement", "соглашение"),
                                 ("roadmap", "дорожную карту"), ("memorandum", "меморандум")])
    sentences.append((f"{dstr.capitalize()} {a[1]} и {b[1]} подписали {kind_acc} о сотрудничестве на {y}–{y + 2} годы.",
                      [{"type": "agreement", "kind": kind, "parties": [a[0], b[0]], "date": day.isoformat(),
                        "period": [y, y + 2], "signatories": [p1, p2]}]))
    sentences.append((f"Документ подписали {t1} {a[2]} {p1} и председатель исполнительного комитета {b[2]} {p2}.",
                      [{"type": "role", "person": p1, "title": t1, "of": a[0]},
                       {"type": "role", "person": p2, "title": "председатель исполнительного комитета", "of": b[0]}]))
    if rng.random() < 0.7:
        value = turnover(a[0], b[0], y - 1)
        if rng.random() < 0.05:  # now and then an outlet reports another figure
            value = round(value * rng.choice([0.93, 0.96, 1.04, 1.07]))
        sentences.append((f"Товарооборот между {a[3]} и {b[3]} за {y - 1} год составил {value} млн долларов.",
                          [{"type": "trade", "parties": [a[0], b[0]], "metric": "turnover",
                            "period": [f"{y - 1}-01", f"{y - 1}-12"], "value": value * 1_000_000, "currency": "USD",
                            "approx": False, "growth_pct": None}]))
    if rng.random() < 0.4:
        target = rng.choice([1, 2, 3])
        sentences.append((f"Стороны намерены довести товарооборот до {target} млрд долларов к {y + 3} году.",
                          [{"type": "target", "parties": [a[0], b[0]], "metric": "turnover",
                            "value_min": target * 1e9, "value_max": target * 1e9, "currency": "USD",
                            "year": y + 3}]))
    if rng.random() < 0.6:
        sentences.append((f"Делегация {b[2]}, которую возглавляет {p2}, находится в {a[4]} с рабочим визитом.",
                          [{"type": "visit", "visitor": b[0], "host": a[0], "head": p2, "date": None,
                            "places": []}]))
        sentences.append((f"{p1} и {p2} провели переговоры.",
                          [{"type": "meeting", "kind": "talks", "parties": [a[0], b[0]], "participants": [p1, p2],
                            "date": None, "place": None, "number": None}]))
    if rng.random() < 0.3:
        sentences.append((f"Между {a[3]} и {b[3]} действует прямое авиасообщение.",
                          [{"type": "transport", "mode": "air", "between": [a[0], b[0]], "status": "exists"}]))
    tail = sentences[2:]
    rng.shuffle(tail)
    sentences = sentences[:2] + tail
    body, facts = [], []
    for text, fs in sentences:
        body.append(text)
        for f in fs:
            facts.append({**f, "evidence": text})
    filler = _prose(rng, rng.randint(*prose)) if prose else _noise(rng, rng.randint(50, 110))
    text = " ".join(body) + "\n\n" + filler
    return SynthDoc(f"synth-{n:06d}", text, day, f"https://example-news-{n % 37}.ru/news/{seed}-{n}", facts)


def copy_of(doc: SynthDoc, rng: random.Random, n: int) -> SynthDoc:
    """The same item republished by another outlet: a sentence dropped at the end, a day later."""
    sentences = doc.text.split(". ")
    keep = ". ".join(sentences[:-1]) if len(sentences) > 3 else doc.text
    text = f"{keep}. Об этом сообщает пресс-служба, материал {n}."
    facts = [f for f in doc.facts if f["evidence"] in text]
    return SynthDoc(f"synth-{n:06d}", text, doc.published + timedelta(days=1),
                    doc.url.replace("example-news-", "example-copy-") + f"-{n}", facts)


def corpus(count: int, seed: int = 7, copies: float = 0.1) -> list[SynthDoc]:
    rng = random.Random(seed)
    out: list[SynthDoc] = []
    for n in range(count):
        if out and rng.random() < copies:
            out.append(copy_of(rng.choice(out[-50:]), rng, n))
        else:
            out.append(document(rng, n, seed=seed))
    return out


def stream(count: int, seed: int = 7, *, reprints: float = 0.2, per_day: int = 100,
           start: date = date(2019, 1, 1)) -> list[SynthDoc]:
    """A news stream as an outlet aggregator receives it: ``per_day`` items a day in publication
    order, a ``reprints`` share of them republished copies of an item of the last days (a day
    later), the rest different items of news-article length (250–350 words, so that two different
    items about the same pair of sides stay well below the stories' similarity threshold)."""
    rng = random.Random(seed)
    out: list[SynthDoc] = []
    originals: list[SynthDoc] = []
    for n in range(count):
        if originals and rng.random() < reprints:
            out.append(copy_of(rng.choice(originals[-3 * per_day:]), rng, n))
        else:
            doc = document(rng, n, seed=seed, day=start + timedelta(days=n // per_day), prose=(250, 350))
            originals.append(doc)
            out.append(doc)
    return out


def sample_texts() -> list[str]:
    """The team's own demonstration notes (``coopwatch/samples``), without their date line."""
    from coopwatch.paths import SAMPLES

    out = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and lines[0].startswith(" date "):
            lines[0] = lines[0][len(" date YYYY-MM-DD"):].strip()
        out.append("\n".join(lines).strip())
    return out


def from_samples(count: int, seed: int = 7) -> list[SynthDoc]:
    """News items made of the team's sample notes: one or two notes, amounts changed a little, a
    publication date, and a paragraph of shuffled vocabulary — the extractor reads them as real
    text (their facts are not known in advance)."""
    import re

    rng = random.Random(seed)
    notes = sample_texts()
    out = []
    for n in range(count):
        parts = rng.sample(notes, k=min(len(notes), rng.choice([1, 1, 2])))
        text = "\n".join(parts)
        text = re.sub(r"\b(\d{3,4})\b", lambda m: str(int(m.group()) + rng.randint(-9, 9))
                      if not 1990 <= int(m.group()) <= 2030 else m.group(), text)
        day = date(2016, 1, 1) + timedelta(days=rng.randrange(3650))
        text += "\n\n" + _noise(rng, rng.randint(30, 80))
        out.append(SynthDoc(f"sample-{n:06d}", text, day, f"https://example-news-{n % 37}.ru/s/{seed}-{n}"))
    return out


def until_facts(n_facts: int, seed: int = 7) -> list[SynthDoc]:
    """Items in corpus order until they carry at least ``n_facts`` facts."""
    out: list[SynthDoc] = []
    total = 0
    for d in corpus(n_facts // 3 + 100, seed=seed):
        out.append(d)
        total += len(d.facts)
        if total >= n_facts:
            break
    return out


def store(kb: Any, docs: list[SynthDoc], *, workers: int = 0, progress: bool = False) -> Any:
    """Ingest ``docs`` with their known facts (the facts-file route: no NLP models needed);
    returns the ingest summary."""
    import json
    import tempfile
    from pathlib import Path

    from coopwatch.kb.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        dpath, fpath = Path(tmp) / "synth.jsonl", Path(tmp) / "synth-facts.jsonl"
        with dpath.open("w", encoding="utf-8") as dh, fpath.open("w", encoding="utf-8") as fh:
            for d in docs:
                dh.write(json.dumps(d.jsonl(), ensure_ascii=False) + "\n")
                fh.write(json.dumps(d.facts_line(), ensure_ascii=False) + "\n")
        return ingest(kb, [str(dpath)], workers=workers, facts_file=fpath, progress=progress)
