"""'В тот же день', 'того же дня' name a day: a month told before is no day to take (dates.same_day_as_before) —
wordings of ours."""

import pytest

DAY_AFTER_A_MONTH = [
    "В марте пензенская делегация побывала в Намангане. Губернатор Пензенской области провел переговоры с хокимом "
    "Наманганской области. Вечером того же дня прошло заседание рабочей группы двух регионов.",
    "В мае омская делегация побывала в Павлодаре. Губернатор Омской области встретился с акимом Павлодарской "
    "области. В тот же день состоялось заседание рабочей группы двух регионов.",
    "В апреле брестская делегация посетила Смоленск. Губернатор Смоленской области встретился с председателем "
    "Брестского облисполкома. В тот же вечер прошло заседание рабочей группы двух регионов.",
]


@pytest.mark.parametrize("text", DAY_AFTER_A_MONTH, ids=["evening-of", "same-day", "same-evening"])
def test_no_day_from_a_month(extract, text):
    got = [f["date"] for f in extract(text, published="2025-09-12")
           if f["type"] == "meeting" and f["kind"] == "working_group"]
    assert got == [None], got


def test_then_takes_the_month(extract):
    text = "Соглашение подписано в мае 2026 года в Уфе. Тогда же в Уфе открылось представительство Шымкента."
    got = [f["date"] for f in extract(text, published="2026-06-01") if f["type"] == "institution"]
    assert got == ["2026-05"], got
