"""The lexicon (``coopwatch/lexicon``) defines every word list once.

(a) every class file is well formed; (b) no two classes define the same list again; (c) the code
holds no list of Russian words: no set, list, tuple or dict literal of three or more, no regular
expression of three or more alternative words or stems, no split string of words; (d) no code
literal of two words repeats part of a class. What is not a word class by nature is exempt, and
each exemption below says why.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pytest

from coopwatch import lexicon, paths

REPO = Path(__file__).resolve().parents[1]
CYRILLIC = re.compile(r"[а-яё]", re.I)

# A path (a file, or a folder ending in "/"), or "path::NAME" for one top-level definition of a file.
EXEMPT = {
    # not word classes by nature
    "coopwatch/kb/synth.py": "sentence templates of the synthetic news the knowledge-base benchmarks load",
    "coopwatch/wording/": "how coopwatch says things to people (currency names and their plurals): text a user "
                          "reads, not words compared with a text",
    "coopwatch/report/": "the wording of briefing reports and the terminal tables' headers: text a user reads, "
                         "not words compared with a text",
}

MIN_LIST = 3  # words that make a literal a word list
MIN_SHARED = 3  # two classes sharing this many words, and half of the smaller, define one list twice


# ---- (a) the files --------------------------------------------------------------------------------


def test_every_class_has_a_description_and_entries():
    assert lexicon.names(), paths.LEXICON
    for name in lexicon.names():
        f = lexicon.read(name)
        assert f.description, f"{name}.txt: no '#' line says what the class is"
        assert f.entries or f.includes, f"{name}.txt: no entries"
        assert len(set(f.entries)) == len(f.entries), f"{name}.txt: an entry twice"
        assert all(e == e.strip() and e for e in f.entries), f"{name}.txt: an entry with spaces around it"


def test_includes_exist_and_do_not_cycle():
    names = set(lexicon.names())

    def walk(name: str, path: tuple[str, ...]) -> None:
        for other in lexicon.read(name).includes:
            assert other in names, f"{name}.txt includes '{other}', which has no file"
            assert other not in path, f"include cycle: {' → '.join(path + (other,))}"
            walk(other, path + (other,))

    for name in names:
        walk(name, (name,))


def test_a_class_does_not_repeat_what_it_includes():
    for name in lexicon.names():
        f = lexicon.read(name)
        included = set().union(*(lexicon.words(o) for o in f.includes))
        again = sorted(set(f.entries) & included)
        assert not again, f"{name}.txt lists {again}, which it includes already"


def test_mappings_give_every_entry_a_value():
    for name in lexicon.names():
        if lexicon.is_mapping(name):
            mapping = lexicon.mapping(name)  # raises on an entry without a value
            assert set(mapping) == lexicon.words(name)
    # a class made only of an included mapping is a mapping too
    assert lexicon.L.delegation_levels["район"] == "district"


def _phrase_classes() -> set[str]:
    import coopwatch.extract.pipeline  # noqa: F401  (the rule modules declare their phrase classes)

    return set(lexicon.PHRASE_CLASSES) | {n for n in lexicon.names() if n.endswith("_phrases")}


def test_phrase_classes_parse_with_yargy():
    """Each phrase, as the lexicon writes it, is found whole by yargy's morph_pipeline of its class."""
    from yargy import Parser
    from yargy.pipelines import morph_pipeline

    for name in sorted(_phrase_classes()):
        phrases = lexicon.phrases(name)
        parser = Parser(morph_pipeline(list(phrases)))
        for p in phrases:
            spans = [(m.span.start, m.span.stop) for m in parser.findall(p)]
            assert (0, len(p)) in spans, f"{name}: yargy does not read '{p}' as one phrase ({spans})"


def test_phrases_are_found_in_other_case_forms():
    from coopwatch.lexicon import find_phrases, phrase_class

    _phrase_classes()
    phrase_class("document_phrases")
    found = find_phrases("Стороны подписали дорожную карту и обменялись совместными заявлениями.")
    assert [m.phrase("document_phrases") for m in found] == ["дорожная карта", "совместное заявление"]


# ---- (b) no two classes define the same list ------------------------------------------------------


def test_no_two_classes_define_the_same_list():
    own = {n: set(lexicon.read(n).entries) for n in lexicon.names()}
    twice = []
    for a, b in combinations(sorted(own), 2):
        shared = own[a] & own[b]
        if len(shared) >= MIN_SHARED and 2 * len(shared) >= min(len(own[a]), len(own[b])):
            twice.append(f"{a} and {b} both list {sorted(shared)}")
    assert not twice, "a class that extends another says '# include: other':\n" + "\n".join(twice)


# ---- (c), (d) no word list in the code ------------------------------------------------------------


@dataclass(frozen=True)
class Literal:
    path: str  # relative to the repository
    line: int
    owner: str  # the top-level definition it is in ("" at module level outside one)
    words: tuple[str, ...]  # its strings with Cyrillic letters
    kind: str  # "literal", "regex", "split"

    def where(self) -> str:
        return f"{self.path}:{self.line} ({self.owner or 'module'})"


def _russian(values) -> tuple[str, ...]:
    return tuple(v for v in values if isinstance(v, str) and CYRILLIC.search(v))


def _top_level_name(stmt: ast.stmt) -> str:
    if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return stmt.name
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
    return next((t.id for t in targets if isinstance(t, ast.Name)), "")


def _literals(path: Path, root: Path = REPO) -> Iterator[Literal]:
    rel = path.relative_to(root).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    for stmt in tree.body:
        owner = _top_level_name(stmt)
        for node in ast.walk(stmt):
            if id(node) in docstrings:
                continue
            if isinstance(node, ast.Set | ast.List | ast.Tuple):
                words = _russian(e.value for e in node.elts if isinstance(e, ast.Constant))
                kind = "literal"
            elif isinstance(node, ast.Dict):
                words = _russian(k.value for k in node.keys if isinstance(k, ast.Constant))
                kind = "literal"
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
                words = _russian(node.value.split("|"))  # an alternation of words or stems
                kind = "regex"
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                    and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
                words = _russian(node.func.value.value.split())
                kind = "split"
            else:
                continue
            if len(words) >= 2:
                yield Literal(rel, node.lineno, owner, words, kind)


def _exemption(lit: Literal) -> str | None:
    for key, reason in EXEMPT.items():
        path, _, name = key.partition("::")
        if (lit.path == path or path.endswith("/") and lit.path.startswith(path)) and (not name or name == lit.owner):
            return reason
    return None


@pytest.fixture(scope="module")
def code_literals() -> list[Literal]:
    return [lit for p in sorted((REPO / "coopwatch").rglob("*.py")) for lit in _literals(p) if _exemption(lit) is None]


def test_no_word_list_in_the_code(code_literals):
    lists = [lit for lit in code_literals if len(lit.words) >= MIN_LIST]
    assert not lists, "word lists belong to the lexicon (coopwatch/lexicon/data), or to EXEMPT with a reason:\n" + \
        "\n".join(f"{lit.where()}: {lit.kind} {list(lit.words)[:8]}" for lit in lists)


def test_no_code_literal_repeats_a_class(code_literals):
    classes = {n: lexicon.words(n) for n in lexicon.names()}
    again = []
    for lit in code_literals:
        if len(set(lit.words)) == 2 and lit.kind == "literal":
            holders = [n for n, ws in classes.items() if set(lit.words) <= ws]
            if holders:
                again.append(f"{lit.where()}: {list(lit.words)} is in {holders}")
    assert not again, "use the class (L.<class>), or a class of these words that the others include:\n" + \
        "\n".join(again)


def test_every_exemption_is_still_needed():
    """An exemption for a file or definition with no list left is removed, not kept 'just in case'."""
    every = [lit for p in sorted((REPO / "coopwatch").rglob("*.py")) for lit in _literals(p)]
    for key in EXEMPT:
        path, _, name = key.partition("::")
        assert any((lit.path == path or path.endswith("/") and lit.path.startswith(path))
                   and (not name or name == lit.owner) for lit in every), f"EXEMPT['{key}'] exempts nothing"


# ---- the scan finds what it must ------------------------------------------------------------------


def test_the_scan_finds_literals_regexes_and_split_strings(tmp_path):
    source = tmp_path / "coopwatch" / "sample.py"
    source.parent.mkdir()
    source.write_text(
        'import re\n'
        'A = {"январь", "февраль", "март"}\n'
        'B = {"январь": 1, "февраль": 2, "март": 3}\n'
        'C = re.compile(r"январ|феврал|март")\n'
        'D = "январь февраль март".split()\n'
        'def f(t):\n'
        '    "A docstring: январ|феврал|март."\n'
        '    return t in ("в", "во")\n'
        'E = ("Ok", "fine", "latin")\n', encoding="utf-8")
    found = {(lit.owner, lit.kind, len(lit.words)) for lit in _literals(source, tmp_path)}
    assert found == {("A", "literal", 3), ("B", "literal", 3), ("C", "regex", 3), ("D", "split", 3),
                     ("f", "literal", 2)}


# ---- case forms from morphology -------------------------------------------------------------------


def test_case_forms_come_from_morphology():
    from coopwatch.lexicon.forms import forms, forms_pattern, inflect, stem

    assert {"мая", "маю", "мае", "маем"} <= forms("май")
    assert stem("заседание") == "заседан" and stem("ярмарка") == "ярмар"
    assert inflect("январь", "Gen") == "января" and inflect("март", "Loc") == "марте"
    found = forms_pattern(["встреча"]).findall("Встречу перенесли; о встречах договорились; встречный план")
    assert found == ["Встречу", "встречах"]


def test_dates_are_shown_with_month_names_inflected_by_morphology():
    from coopwatch.web.filters import ru_date

    months = [ru_date(f"2025-{m:02d}-03").split()[1] for m in range(1, 13)]
    assert months == ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                      "октября", "ноября", "декабря"]
    assert ru_date("2025-05") == "май 2025" and ru_date("2025-13") == "2025-13"


# ---- lazy loading ---------------------------------------------------------------------------------


def test_no_class_is_read_at_import():
    import subprocess
    import sys

    code = ("import coopwatch.cli, coopwatch.extract.pipeline, coopwatch.nlp.entities, coopwatch.nlp.grammars.date, "
            "coopwatch.nlp.grammars.ordinal, coopwatch.web.app, coopwatch.kb.rules, coopwatch.kb.text, "
            "coopwatch.ingest.published, coopwatch.nlp.segment, coopwatch.extract.holders, coopwatch.extract.names, "
            "coopwatch.gazetteer.matcher, coopwatch.gazetteer.units, coopwatch.nlp.entities.places, "
            "coopwatch.nlp.grammars.money, coopwatch.nlp.grammars.period, coopwatch.nlp.grammars.percent\n"
            "from coopwatch import lexicon\n"
            "print(lexicon.read.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "0", out.stderr


def test_whole_forms_answer_as_the_forms_pattern():
    """``whole_forms`` (a set of folded words) finds what ``forms_pattern`` (a regular expression)
    finds, on the words the pipeline's sentence filters use."""
    from coopwatch.extract.pipeline import trade_words
    from coopwatch.lexicon import L
    from coopwatch.lexicon.forms import forms_pattern, whole_forms

    cases = {
        L.fact_words: ["Стороны провели ВСТРЕЧУ.", "Прошла онлайн-встреча губернаторов.", "Прошла ОНЛАЙН-ВСТРЕЧА.",
                       "супер-онлайн-встреча", "встреча_2", "встреча2", "2встреча", "встречный план", "Встрёча",
                       "Подписано соглашение.", "Соглашения нет", "ничего не случилось", "", "соглашение-",
                       "\u1c80стреча", "вс\u0442реча", "встре\u0301ча", "ВСТРЕЧИ, соглашения; визиты"],
        L.turnover_words | L.export_words | L.import_words: ["Товарооборот вырос.", "ЭКСПОРТ упал", "экспортёры",
                                                             "Товарооборота-то", "импортозамещение", "торговля"],
    }
    for lemmas, texts in cases.items():
        pattern, fast = forms_pattern(lemmas), whole_forms(lemmas)
        for text in texts:
            assert fast.search(text) == bool(pattern.search(text)), text
    assert trade_words().search("Объём товарооборота вырос") and not trade_words().search("Регион развивается")


def test_case_folding_is_what_ignorecase_matches():
    """For every letter of the lexicon's forms, the characters ``re.IGNORECASE`` matches with it (as
    ``forms_pattern`` writes it: "е" as [её]) are exactly those that ``fold`` to it — over all of
    Unicode. That is what makes ``whole_forms`` give ``forms_pattern``'s answers."""
    import re

    from coopwatch.extract.pipeline import aim_words, fact_words, trade_words
    from coopwatch.lexicon.forms import fold

    letters = set().union(*(w for f in (fact_words(), trade_words(), aim_words()) for w in f.words))
    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    folded: dict[str, set[str]] = {}
    for ch in everything:
        f = fold(ch)
        if f in letters:
            folded.setdefault(f, set()).add(ch)
    for letter in letters:
        pattern = re.compile("[её]" if letter == "е" else re.escape(letter), re.I)
        assert set(pattern.findall(everything)) == folded.get(letter, set()), letter
    # and each is a word character, so a match of the pattern is a whole word of ``WORD``
    assert all(re.fullmatch(r"\w", ch) for chars in folded.values() for ch in chars)
