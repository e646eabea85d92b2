"""Write benchmarks/data/fusion_pairs.tsv: the candidate pairs of gold facts, labelled.

    .venv/bin/python tools/fusion_pairs.py > benchmarks/data/fusion_pairs.tsv

Candidates: every two facts of two documents of ../shared/corpus/dev and ../shared/corpus/fresh with the
same type and kind (metric, mode; ``of`` for institutions) whose sides are the same or at a parent/child
level of each other; for roles, the same surname. The labels are judgements made by reading the texts,
written below as GROUPS (facts that are one real thing; every other candidate pair is different),
UNSURE pairs, and for roles the people holding two posts (OTHER_POSTS). The file is the record; this
script only keeps it in step when the gold changes (review the diff).
"""
import collections
import itertools
import json
import sys
from pathlib import Path

from coopwatch.kb import rules
from coopwatch.kb.text import fold, names_compatible, surname_key

SH = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
facts, corpus_of = [], {}
for c in ("dev", "fresh"):
    for line in (SH / c / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        corpus_of[o["doc"]] = c
        facts += [(o["doc"], i, f) for i, f in enumerate(o["facts"])]
F = {f"{d}#{i}": f for d, i, f in facts}
KIND = {"agreement": "kind", "meeting": "kind", "trade": "metric", "target": "metric", "institution": "kind",
        "transport": "mode"}


def sides(f: dict) -> list[str]:
    return [p for p, _ in rules.sides(f)]


def candidate(a: dict, b: dict) -> bool:
    k = KIND.get(a["type"])
    if a["type"] != b["type"] or (k and a.get(k) != b.get(k)):
        return False
    if a["type"] == "role":
        return surname_key(a["person"]) == surname_key(b["person"])
    if a["type"] == "institution" and fold(a["of"]) != fold(b["of"]):
        return False
    sa, sb = sides(a), sides(b)
    if len(sa) != len(sb) or not sa:
        return False
    rest = list(sb)
    for x in sa:
        y = next((y for y in rest if rules.same_place(x, y)), None)
        if y is None:
            return False
        rest.remove(y)
    return True


# one real fact reported by several documents (read one by one)
GROUPS = [
    # agreement
    ("p006#2 p089#0 p090#0 s000#0", "the 2026–2027 plan of Tatarstan and the Minsk oblast signed 18.02.2026 (p006 names the other side Белоруссия)"),
    ("p006#1 p089#1 s000#1", "the 2019 agreement of Tatarstan and the Minsk oblast executive committee (p006: «Минским исполкомом», read as the city)"),
    ("p030#0 p031#0 p032#0 p033#0 s003#0", "the Kazan–Minsk twinning signed 5.12.2024"),
    ("p057#0 p058#0 p079#0", "the Bryansk–Gomel plan for 2024–2026 (p079 calls it «соглашение … на 2024-2026 годы»)"),
    # meeting
    ("p006#0 p089#2 p090#1 s000#2", "Minnikhanov's talks with the Minsk oblast delegation in Kazan, 18.02.2026 (p006: «с представителями Белоруссии»)"),
    ("p099#0 p100#1 p101#1", "Minnikhanov–Lukashenko talks in Kazan (Games of the Future 2024)"),
    ("p080#0 p081#1", "the Russian–Chinese forum in Agryz, 23.10.2025"),
    ("qa025#1 qa029#3 qa031#0", "the 21st Forum of interregional cooperation of Russia and Kazakhstan, Uralsk, November 2025"),
    ("qa019#0 qb007#1 qa039#2", "the first session of the Council of regions of Russia and Uzbekistan, Tashkent, 27.05.2024 (qa039: «в мае, на заседании Совета регионов»)"),
    # visit
    ("p089#3 p090#2 s000#3", "the Minsk oblast delegation in Kazan, February 2026"),
    ("p099#1 p100#0 p101#0", "Lukashenko's visit to Kazan, 2024"),
    ("p030#1 s003#3", "the Kazan delegation (Metshin) in Minsk, 5.12.2024"),
    # trade
    ("p038#0 p039#0", "Nizhny Novgorod export to Belarus in 2015, 250.7 mln"),
    ("p038#2 p039#1", "Nizhny Novgorod–Belarus turnover in 2015, about 483 mln"),
    ("p090#3 s000#4", "Tatarstan–Belarus turnover in 2024 (743 mln; «почти 750 млн»)"),
    # target
    ("p035#2 p037#0 p038#1 p039#2", "the Nizhny Novgorod–Belarus goal of 1 bn dollars"),
    # institution
    ("p090#4 p092#0 p093#2 p095#1 s000#5", "Belarus's consulate general planned in Kazan"),
    ("p092#1 p093#3 p095#2", "Belarus's consulate general planned in Ufa"),
    ("p092#2 p095#0", "the embassy office planned in Voronezh"),
    ("p092#3 p093#0 p095#3", "the embassy office existing in Kazan"),
    ("p092#4 p093#1 p095#4", "the embassy office existing in Ufa"),
    ("p081#0 p084#2", "China's consulate general in Kazan"),
    # transport
    ("p006#3 s000#6", "Kazan–Minsk flights"),
]
# pairs not decidable from the texts: left out of the figures
UNSURE = {
    frozenset({"p019#0", "p020#0"}): "Khabirov meets Belarus's prime minister: one text undated, no detail shared",
    frozenset({"p059#1", "p075#0"}): "an Orel delegation in Belarus (Gomel first) and one in Brest: maybe one trip",
}
NOTES = {frozenset({a, "s003#4"}): "the office's opening in 2011 and its existence: two facts about one office"
         for a in ("p092#3", "p093#0", "p095#3")}
NOTES[frozenset({"p057#1", "p079#0"})] = "the cooperation agreement and the 2024–2026 plan that implements it"
NOTES[frozenset({"p016#0", "s004#9"})] = "a Kursk delegation received by Kobyakov (prime minister until 2018) and Starovoit's (governor from 2019)"
NOTES[frozenset({"p042#0", "qa039#2"})] = "the 5th session of the commission and the first of the Council of regions"
# roles: one post of one person, whatever the words; these are two posts of one person
OTHER_POSTS = {"Ничкасов": "minister of architecture, later ambassador", "Крутой": "head of the presidential administration, later ambassador",
               "Ваньке": "embassy counsellor, later chargé d'affaires"}

group_of = {}
for g, note in GROUPS:
    for x in g.split():
        assert x in F, x
        group_of[x] = (g, note)

def year(f: dict) -> str:
    return str(f.get("date") or (f.get("period") or [None])[0] or f.get("year") or "")[:4]


def category(a: str, b: str) -> str:
    """What makes a pair near: a side at another level, another year, another session…"""
    fa, fb = F[a], F[b]
    if fa["type"] == "role":
        return "role"
    if fa["type"] == "visit" and [fa["visitor"], fa["host"]] == [fb["host"], fb["visitor"]]:
        return "other-direction"
    if sorted(fold(x) for x in sides(fa)) != sorted(fold(x) for x in sides(fb)):
        return "parent-child"
    if fa["type"] == "meeting" and fa.get("number") and fb.get("number") and fa["number"] != fb["number"]:
        return "other-session"
    if year(fa) and year(fb) and year(fa) != year(fb):
        return "other-year"
    return "same-sides"


def label(a: str, b: str) -> tuple[str, str]:
    fa, fb = F[a], F[b]
    pair = frozenset({a, b})
    if pair in UNSURE:
        return "unsure", UNSURE[pair]
    if fa["type"] == "role":
        misnamed = "Кушнаренко" in fa["person"]  # one outlet writes «Александр» for Алексей Кушнаренко
        same_person = (names_compatible(fa["person"], fb["person"]) or misnamed) and fold(fa["of"]) == fold(fb["of"])
        other = next((v for k, v in OTHER_POSTS.items() if k in fa["person"]), None)
        if not same_person:
            return "different", "other person or other side"
        return ("different", other) if other else ("same", f"{fb['person']}, {fa['of']}")
    if a in group_of and group_of.get(b, (None,))[0] == group_of[a][0]:
        return "same", group_of[a][1]
    return "different", NOTES.get(pair, "")


rows = []
for a, b in itertools.combinations(list(F), 2):
    if a.split("#")[0] == b.split("#")[0] or not candidate(F[a], F[b]):
        continue
    lab, note = label(a, b)
    cat = category(a, b)
    rows.append((f"{corpus_of[a.split('#')[0]]}/{a}", f"{corpus_of[b.split('#')[0]]}/{b}", F[a]["type"], lab,
                 "report" if lab == "same" and cat == "same-sides" else cat, note))

out = sys.stdout
print("# Fusion test set: pairs of gold facts of ../shared/corpus/dev and ../shared/corpus/fresh, named by", file=out)
print("# corpus/doc#index (the fact's place in the document's gold line; no text copied). Every pair of facts of", file=out)
print("# two documents that are the same type and kind with sides at the same or a parent/child level (for roles:", file=out)
print("# the same surname) is here, read one by one: `same` when both are one real fact, `different` when not,", file=out)
print("# `unsure` when the texts cannot tell (left out of the figures). `near`: what makes a different pair near —", file=out)
print("# parent-child (a side at another level), other-year, other-session, other-direction, same-sides; `report`", file=out)
print("# for a same pair. Pairs of facts of one document are different facts by the contract (FACTS.md: one fact", file=out)
print("# per thing a text reports) and are not listed. benchmarks/fusion.py scores the knowledge base against it.", file=out)
print("a\tb\ttype\tlabel\tnear\tnote", file=out)
for r in rows:
    print("\t".join(r), file=out)
print(collections.Counter((r[2], r[3]) for r in rows), file=sys.stderr)
print(collections.Counter(r[3] for r in rows), file=sys.stderr)
