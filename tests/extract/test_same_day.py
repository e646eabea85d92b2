"""'В тот же день', 'тогда же': the day of the last date the text gave (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# dates.same_day_as_before
SAME_DAY = [
    ("Мэр Уфы и аким Шымкента подписали соглашение о побратимстве 21 мая 2026 года. В тот же день в Уфе открылось "
     "представительство Шымкента.", "institution", "2026-05-21"),
    ("15 марта 2025 года губернатор Омской области встретился с акимом Павлодарской области. Тогда же стороны "
     "подписали дорожную карту.", "agreement", "2025-03-15"),
    ("Делегация Брестской области прибыла в Калугу 3 октября 2024 года. В этот же день прошло заседание делового "
     "совета Брестской и Калужской областей.", "meeting", "2024-10-03"),
    # nothing dated before: no date
    ("В тот же день в Уфе открылось представительство Шымкента.", "institution", None),
]


@pytest.mark.parametrize("text,kind,day", SAME_DAY)
def test_same_day_as_the_date_before(extract, text, kind, day):
    got = of_type(extract(text), kind)
    assert [f["date"] for f in got] == [day], got
