"""Sentence boundaries (texts written for these tests)."""

import pytest

from coopwatch.nlp.annotate import annotate

CASES = [
    # a headline on its own line is its own sentence, even without a period
    ("Татарстан и Беларусь подписали план\nВ Казани прошли переговоры.",
     ["Татарстан и Беларусь подписали план", "В Казани прошли переговоры."]),
    # a wrapped line goes on
    ("Товарооборот Татарстана\nс Беларусью вырос.", ["Товарооборот Татарстана\nс Беларусью вырос."]),
    # an abbreviated unit before "США" does not end the sentence; before a new sentence it does
    ("Он составил 548,8 млн. долл. США, рост составил 12,3%.", ["Он составил 548,8 млн. долл. США, рост составил 12,3%."]),
    ("Это стоило 5 млн. руб. Потом всё закончилось.", ["Это стоило 5 млн. руб.", "Потом всё закончилось."]),
    # a blank line ends a paragraph, whatever the next one starts with (a date, a number): a headline
    # is never glued to the first sentence, nor a line of figures to the next paragraph
    ("Посол обсудил с президентом Татарстана вопросы сотрудничества\n\n20 сентября в Казани прошли переговоры.",
     ["Посол обсудил с президентом Татарстана вопросы сотрудничества", "20 сентября в Казани прошли переговоры."]),
    ("Встретили делегацию Самаркандской области\n\n15:20 04.07.2024\n\nДелегация прибыла в Пензу.",
     ["Встретили делегацию Самаркандской области", "15:20 04.07.2024", "Делегация прибыла в Пензу."]),
    # links to other articles are not the article: a "Читайте также: …" line, and all after a links heading
    ("Губернатор встретился с послом.\n\nЧитайте также: В Казани прошел форум\n\nСтороны обсудили торговлю.",
     ["Губернатор встретился с послом.", "Стороны обсудили торговлю."]),
    ("Губернатор встретился с послом.\n\nПопулярные новости за сутки\n\nЛента новостей\n\nВ Минске открылся форум.",
     ["Губернатор встретился с послом."]),
    ("Губернатор встретился с послом.\n\nЧитайте также\n\nВ Минске открылся форум.", ["Губернатор встретился с послом."]),
    # ... a sentence that starts with such words, or a heading before the article, is not
    ("Губернатор встретился с послом.\n\nПо теме сотрудничества выступил министр.",
     ["Губернатор встретился с послом.", "По теме сотрудничества выступил министр."]),
    ("Лента новостей\n\nГубернатор встретился с послом.", ["Губернатор встретился с послом."]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_sentences(text, expected):
    assert [s.text for s in annotate(text, syntax=False).sentences] == expected
