"""A body a title names short and with no territory ("комитета Госсовета") is the one the text named
in full with its territory ("Государственного Совета Республики Татарстан") (role.body_named_before)
— wordings of ours."""

import pytest

BODIES = [
    ("Председатель Государственного Совета Республики Татарстан Фарид Мухаметшин встретился с послом Беларуси. В "
     "беседе участвовал председатель комитета Госсовета по экономике Рустем Мифтахов.", "Рустем Мифтахов", "RU-TA"),
    ("Делегацию Законодательного Собрания Вологодской области принял председатель Гродненского облисполкома. В составе "
     "делегации — председатель комитета Заксобрания по бюджету Иван Петров.", "Иван Петров", "RU-VLG"),
    ("Председатель Государственного Совета Чувашской Республики Леонид Черкесов встретился с послом Узбекистана "
     "Ботиржоном Асадовым. Во встрече участвовал заместитель председателя Госсовета Александр Андреев.",
     "Александр Андреев", "RU-CU"),
]


@pytest.mark.parametrize("text,person,of", BODIES, ids=["tatarstan", "vologda", "chuvashia"])
def test_the_body_named_in_full_gives_the_territory(extract, text, person, of):
    got = [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person]
    assert got == [of], got


def test_two_territories_with_the_body_decide_nothing():
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.extract.role import body_named_before
    from coopwatch.models import Document

    text = ("Председатели Государственного Совета Республики Татарстан и Государственного Совета Чувашской Республики "
            "встретились в Казани. Заместитель председателя Госсовета Александр Андреев рассказал о законах.")
    ctx = run_stages(Document(id="t", text=text))
    title = next(t for t in ctx.titles if t.person is not None and t.person.name == "Александр Андреев")
    assert body_named_before(title, ctx) is None
