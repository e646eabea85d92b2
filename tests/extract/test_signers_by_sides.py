"""The documents of one mention with different sides each take the signers whose posts are of their sides
(agreement.signers_by_their_sides) — wordings of ours."""

import pytest

BY_SIDES = [
    ("Нижегородская область подписала соглашения с Минской и Гомельской областями. Документы подписали губернатор "
     "Нижегородской области Глеб Никитин, председатель Минского облисполкома Алексей Кушнаренко и председатель "
     "Гомельского облисполкома Иван Крупко.", {"BY-MI": {"Никитин", "Кушнаренко"}, "BY-HO": {"Никитин", "Крупко"}}),
    ("Курская область подписала соглашения с Гомельской и Брестской областями. Документы подписали губернатор Курской "
     "области Александр Хинштейн, председатель Гомельского облисполкома Иван Крупко и председатель Брестского "
     "облисполкома Петр Пархомчик.", {"BY-HO": {"Хинштейн", "Крупко"}, "BY-BR": {"Хинштейн", "Пархомчик"}}),
    ("Омская область подписала меморандумы с Павлодарской и Северо-Казахстанской областями. Их подписали губернатор "
     "Омской области Виталий Хоценко, аким Павлодарской области Асаин Байханов и аким Северо-Казахстанской области "
     "Гауез Нурмухамбетов.", {"KZ-55": {"Хоценко", "Байханов"}, "KZ-59": {"Хоценко", "Нурмухамбетов"}}),
]


@pytest.mark.parametrize("text,signed", BY_SIDES, ids=["minsk_gomel", "gomel_brest", "pavlodar_sko"])
def test_each_document_takes_the_signers_of_its_sides(extract, text, signed):
    got = {next(p for p in f["parties"] if p in signed): {n.split()[-1] for n in f["signatories"]}
           for f in extract(text) if f["type"] == "agreement"}
    assert got == signed, got


def test_signers_of_one_document_all_sign_it(extract):
    text = ("Омская и Павлодарская области подписали соглашения в сферах образования и культуры. Документы подписали "
            "губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов.")
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(docs) == 2 and all(len(d["signatories"]) == 2 for d in docs), docs
