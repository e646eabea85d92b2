"""Output normalisation: phrases to the nominative, organisation names without quotes."""

from __future__ import annotations

from pymorphy2.analyzer import Parse

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
