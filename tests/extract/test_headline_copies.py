"""Documents of several spheres named in the headline and signed in the body are the body's documents
(agreement.headline_copy_told) — wordings of ours."""

import pytest

HEADLINE_AND_BODY = [
    ("Курская и Гомельская области подписали соглашения в сферах культуры и спорта\n\nГубернатор Курской области "
     "Александр Хинштейн и председатель Гомельского облисполкома Иван Крупко подписали соглашения о сотрудничестве "
     "в сферах культуры и спорта.", 2),
    ("Смоленская и Витебская области заключили соглашения в области образования, медицины и туризма\n\nСоглашения "
     "в области образования, медицины и туризма подписали губернатор Смоленской области Василий Анохин и "
     "председатель Витебского облисполкома Александр Субботин.", 3),
    ("Омская и Павлодарская области подписали два соглашения — в сельском хозяйстве и образовании\n\n12 мая "
     "губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов провели переговоры. По "
     "итогам встречи подписаны соглашения в сферах сельского хозяйства и образования.", 2),
]


@pytest.mark.parametrize("text,count", HEADLINE_AND_BODY, ids=["names", "passive", "numbered"])
def test_headline_documents_are_the_body_documents(extract, text, count):
    got = [f for f in extract(text, published="2025-05-13") if f["type"] == "agreement"]
    assert len(got) == count, got
    assert all(f["signatories"] or f["date"] for f in got), got  # each is the body's: signed by named people or dated


def test_a_third_document_of_the_body_stays(extract):
    # the body tells one document more than the headline: each headline copy takes one body copy
    text = ("Курская и Гомельская области подписали соглашения в сферах культуры и спорта\n\nГубернатор Курской "
            "области Александр Хинштейн и председатель Гомельского облисполкома Иван Крупко подписали соглашения в "
            "сферах культуры, спорта и туризма.")
    got = [f for f in extract(text, published="2025-05-13") if f["type"] == "agreement"]
    assert len(got) == 3, got
