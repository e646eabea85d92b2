"""Output normalisation: phrases to the nominative, organisation names without quotes (the
organisation a title names: ``org_name``)."""

from __future__ import annotations

from pymorphy2.analyzer import Parse

from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token, morph_vocab

UD_TO_OC_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_TO_OC_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def nominative(tok: Token, gender: str | None = None, case: str | None = None) -> str:
    """One word to the nominative, keeping its number and gender ("концерна" → "концерн",
    "национально-культурной" → "национально-культурная" before a feminine noun)."""
    word = tok.text
    case = tok.case or case
    if case in (None, "Nom") or tok.pos not in ("NOUN", "ADJ", "PROPN"):
        return word
    case = UD_TO_OC_CASE.get(case)
    for p in morph_vocab()(word.lower()):
        if case in p.tag and (tok.pos != "ADJ" or "ADJF" in p.tag):
            grams = {"nomn"}
            if "plur" in p.tag:
                grams.add("plur")
            elif gender and tok.pos == "ADJ":
                grams.add(UD_TO_OC_GENDER[gender])
            form = Parse.inflect(p, grams)
            if form is not None:
                out = form.word
                return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return word


def nominative_phrase(ann: Annotated, head: list[Token], tail: list[Token]) -> str:
    """Head words to the nominative, the genitive tail as written: "Ассамблеи народов Татарстана"
    → "Ассамблея народов Татарстана"."""
    nouns = [t for t in head if t.pos in ("NOUN", "PROPN")]
    gender = nouns[-1].feats.get("Gender") if nouns else None
    case = nouns[-1].case if nouns else None
    words = [nominative(t, gender, case) for t in head]
    if tail:
        words.append(ann.text[tail[0].start:tail[-1].stop])
    text = " ".join(words)
    for q in "«»\"“”„":
        text = text.replace(q, "")
    return " ".join(text.split())


def quoted_tokens(tokens: list[Token]) -> set[int]:
    """Indices of the tokens inside quotes."""
    out, inside = set(), False
    for t in tokens:
        if t.text in ("«", "„", "“") or (t.text == '"' and not inside):
            inside = True
        elif t.text in ("»", "”") or (t.text == '"' and inside):
            inside = False
        elif inside:
            out.add(t.i)
    return out


def org_name(ann: Annotated, complement: list[Token], org_noun: Token, has_places: bool, generic: bool) -> str | None:
    """The organisation a title's complement names: "концерна «Белнефтехим»" → "Белнефтехим";
    "Ассамблеи народов Татарстана" → "Ассамблея народов Татарстана"; None for a territory's own
    body ("агентство … Татарстана" stays with Татарстан, as does a generic "… региона")."""
    quoted = [t for t in complement if t.i in quoted_tokens(complement)]
    if quoted:
        return ann.text[quoted[0].start:quoted[-1].stop]
    if (has_places or generic) and org_noun.lemma in L.territory_bodies:  # "агентство … Татарстана"
        return None
    after = [t for t in complement if t.i == org_noun.i + 1]
    if has_places and org_noun.lemma == "палата" and after and after[0].lemma == "представитель":
        return None  # "Палаты представителей Национального собрания Беларуси": the parliament is the state's
    tail = [t for t in complement if t.i > org_noun.i]
    head_words = [org_noun]  # with the adjectives right before it: "рабочей группы"
    by_index = {t.i: t for t in complement}
    k = org_noun.i - 1
    while k in by_index and by_index[k].pos == "ADJ" and org_noun.i - k <= 3:
        head_words.insert(0, by_index[k])
        k -= 1
    return nominative_phrase(ann, head_words, tail)
