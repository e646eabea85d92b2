"""A figure naming no sides, told by the head of one of the document's two sides, is those two
sides' figure — not the places of the sentence before (trade.speakers_camps) — wordings of ours."""

import pytest

SPEAKERS = [
    ("Председатель Гродненского облисполкома Юрий Караев принял делегацию Ленинградской области. Гродненский и "
     "Выборгский районы подписали соглашение о сотрудничестве. Юрий Караев отметил, что объем взаимной торговли за "
     "первый квартал составил 41,2 млн долларов.", {"BY-HR", "RU-LEN"}),
    ("Заместитель председателя правительства Новосибирской области Ирина Мануйлова встретилась с делегацией "
     "Восточно-Казахстанской области во главе с заместителем акима Ерланом Байжуминым. «Новосибирская область — один "
     "из ключевых партнеров Восточного Казахстана. Товарооборот за прошлый год составил почти 420 млн долларов», — "
     "отметил Ерлан Байжумин.", {"RU-NVS", "KZ-63"}),
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Омск и "
     "Павлодар подписали меморандум. Виталий Хоценко сообщил, что товарооборот за девять месяцев вырос на 12%.",
     {"RU-OMS", "KZ-55"}),
]


@pytest.mark.parametrize("text,sides", SPEAKERS, ids=["districts-before", "quoted", "cities-before"])
def test_the_speakers_sides(extract, text, sides):
    got = [set(f["parties"]) for f in extract(text, published="2025-05-15") if f["type"] == "trade"]
    assert got == [sides], got


def test_sides_named_in_the_sentence_stand(extract):
    text = ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
            "Виталий Хоценко сообщил, что товарооборот Омской области с Казахстаном вырос на 12%.")
    got = [set(f["parties"]) for f in extract(text, published="2025-05-15") if f["type"] == "trade"]
    assert got == [{"RU-OMS", "KZ"}], got
