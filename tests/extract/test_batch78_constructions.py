"""Constructions of the o577–o584 batch, in three wordings of ours: a document signed by "казахстанской делегации" in
a text about one Kazakh region is that region's (agreement.delegation_adjective_refined); "пролонгировано до 2031
года" gives the years the document now covers (agreement.prolonged_until)."""

import pytest

DELEGATION_ADJECTIVE = [
    ("Визит казахстанской делегации в Омск завершился подписанием дорожной карты. Делегацию Северо-Казахстанской "
     "области возглавлял аким Гауез Нурмухамбетов. Документ со стороны Омской области подписал губернатор Виталий "
     "Хоценко.", {"KZ-59", "RU-OMS"}),
    ("Визит узбекской делегации в Пензу завершился подписанием меморандума. Делегацию Наманганской области "
     "возглавлял хоким Шавкат Абдураззаков. Документ со стороны Пензенской области подписал губернатор Олег "
     "Мельниченко.", {"UZ-NG", "RU-PNZ"}),
    ("Визит белорусской делегации в Брянск завершился подписанием плана мероприятий. Делегацию Гомельской области "
     "возглавлял председатель облисполкома Иван Крупко. Документ со стороны Брянской области подписал губернатор "
     "Александр Богомаз.", {"BY-HO", "RU-BRY"}),
]


@pytest.mark.parametrize("text,parties", DELEGATION_ADJECTIVE, ids=["omsk", "penza", "bryansk"])
def test_a_document_of_a_delegation_named_by_its_country_is_its_regions(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-10-22") if f["type"] == "agreement"]
    assert got == [parties], got


PROLONGED = [
    ("Соглашение о торгово-экономическом сотрудничестве между Башкортостаном и Согдийской областью было "
     "пролонгировано до 2031 года.", [None, 2031]),
    ("Соглашение между Омской и Павлодарской областями о сотрудничестве в сфере образования было продлено до 2030 "
     "года.", [None, 2030]),
    ("Программа сотрудничества Брянской и Гомельской областей пролонгирована до 2028 года.", [None, 2028]),
]


@pytest.mark.parametrize("text,years", PROLONGED, ids=["ufa", "omsk", "bryansk"])
def test_a_document_prolonged_until_a_year_covers_up_to_it(extract, text, years):
    assert [f["period"] for f in extract(text, "2026-06-30") if f["type"] == "agreement"] == [years]
