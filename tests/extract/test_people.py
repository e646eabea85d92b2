"""People: names normalised to ``Имя Фамилия`` and joined across a document (texts written for
these tests)."""

import pytest

from coopwatch.extract.names import read_name


@pytest.fixture(scope="module")
def people():
    """``people(text) -> list[str]``: the document's persons, by name, in order of first mention."""
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.models import Document

    def run(text: str) -> list[str]:
        return [p.name for p in run_stages(Document(id="t", text=text)).people]

    return run


def _names(people, text: str) -> set[str]:
    return set(people(text))


CONSTRUCTIONS = {
    # surname first, then given name and patronymic, in any case
    "surname first": [
        ("На совещании выступил министр Кравцов Андрей Петрович.", {"Андрей Кравцов"}),
        ("Делегацию встретил губернатором Сидоренко Олегом Викторовичем.", {"Олег Сидоренко"}),
        ("Приказ подписан главой района Мельниковой Ольгой Ивановной.", {"Ольга Мельникова"}),
        # a surname that is also a common noun's form ("травников", "рыбаков", "кузнецов")
        ("Губернатор Новосибирской области Травников Андрей Александрович встретился с послом.", {"Андрей Травников"}),
        ("Встречу провёл министр Кузнецов Иван Петрович.", {"Иван Кузнецов"}),
        ("Делегацию возглавил вице-губернатор Рыбаков Сергей Иванович.", {"Сергей Рыбаков"}),
    ],
    # given name, patronymic, surname: the patronymic goes, the surname stays
    "given patronymic surname": [
        ("Встречу провел Игорь Семенович Дроздов.", {"Игорь Дроздов"}),
        ("Гостей приветствовал мэр Павел Андреевич Зуйко.", {"Павел Зуйко"}),
        ("Письмо направлено Марине Олеговне Тихоновой.", {"Марина Тихонова"}),
    ],
    # Russian surnames in oblique cases, men's and women's, with ё kept as written
    "inflected surnames": [
        ("Переговоры прошли с министром Тимуром Багировым и послом Русланом Алёшиным.",
         {"Тимур Багиров", "Руслан Алёшин"}),
        ("Соглашение подписано губернатором Дмитрием Заславским и Еленой Корсаковой.",
         {"Дмитрий Заславский", "Елена Корсакова"}),
        ("Об этом рассказала Анна Вишневская, поблагодарив Ирину Ковалёву и Бахтияра Орозбёкова.",
         {"Анна Вишневская", "Ирина Ковалёва", "Бахтияр Орозбёков"}),
    ],
    # surnames Russian does not decline stay as written
    "indeclinable surnames": [
        ("Документ подписали с Андреем Полищенко и Мариной Седых.", {"Андрей Полищенко", "Марина Седых"}),
        ("Переговоры прошли с премьер-министром Гиви Кварацхелия и министром Нодаром Гогия.",
         {"Гиви Кварацхелия", "Нодар Гогия"}),
        ("Делегацию возглавила заместитель министра Тамара Чхеидзе вместе с Аркадием Дубяго.",
         {"Тамара Чхеидзе", "Аркадий Дубяго"}),
    ],
    # Abkhaz and Georgian surnames, declined and not
    "caucasian surnames": [
        ("Состоялась встреча с председателем парламента Астамуром Ардзинбой.", {"Астамур Ардзинба"}),
        ("В переговорах участвовал спикер Валерий Кварчия и министр Инал Лакоба.",
         {"Валерий Кварчия", "Инал Лакоба"}),
        ("Гостей принял вице-премьер Беслан Хагба.", {"Беслан Хагба"}),
    ],
    # women's names in oblique cases
    "women": [
        ("Меморандум подписан с заместителем главы Людмилой Хеладзе.", {"Людмила Хеладзе"}),
        ("Награду вручили Светлане Ахметовой.", {"Светлана Ахметова"}),
        ("Встреча с Натальей Юрьевной Голубевой прошла в мэрии.", {"Наталья Голубева"}),
    ],
    # foreign men's names Russian declines like its own
    "foreign declined": [
        ("Консул встретился с Махмудом Рахимипуром.", {"Махмуд Рахимипур"}),
        ("Губернатор провел переговоры с послом Арменом Саркисяном.", {"Армен Саркисян"}),
        ("Соглашение подписано с президентом Сергеем Багапшем.", {"Сергей Багапш"}),
    ],
    # Chinese, Korean and Vietnamese names: the family name first, every part kept
    "east asian": [
        ("Губернатор встретился с генеральным консулом КНР Чжаном Вэем.", {"Чжан Вэй"}),
        ("В переговорах участвовал мэр Харбина Сунь Яо.", {"Сунь Яо"}),
        ("Делегацию возглавил губернатор провинции Пак Мин Хо.", {"Пак Мин Хо"}),
    ],
    # a Mongolian father's name in the genitive stays before the name
    "mongolian": [
        ("Соглашение подписал губернатор аймака Батболдын Энхбаяр.", {"Батболдын Энхбаяр"}),
        ("Делегацию возглавил Цэрэнгийн Мягмар.", {"Цэрэнгийн Мягмар"}),
        ("Гостей принял председатель хурала Ганбаатарын Сүхбат.", {"Ганбаатарын Сүхбат"}),
    ],
    # double surnames: both parts decline when both are Russian surnames
    "double surnames": [
        ("Концерт посвятили Николаю Римскому-Корсакову.", {"Николай Римский-Корсаков"}),
        ("Выставку открыли с Мариной Соколовой-Микитовой.", {"Марина Соколова-Микитова"}),
        ("Награду вручили Касым-Жомарту Бекову.", {"Касым-Жомарт Беков"}),
    ],
    # a full name NER splits in two: the surname apart from the given name and patronymic, the given name apart from
    # the patronymic and surname; a given name no dictionary knows between the surname and the patronymic
    "split full names": [
        ("Письмо адресовано Лукашенко Александру Григорьевичу.", {"Александр Лукашенко"}),
        ("Встречу вела Кочанова Наталья Ивановна.", {"Наталья Кочанова"}),
        ("Гостей встретил Дюмин Алексей Геннадьевич, губернатор Тульской области.", {"Алексей Дюмин"}),
        ("Встреча с Айсеном Сергеевичем Николаевым прошла в Якутске.", {"Айсен Николаев"}),
        ("Переговоры с акимом Байхановым Асаином Куанышевичем прошли успешно.", {"Асаин Байханов"}),
    ],
    # a surname in ‑ич before a given name and patronymic, though it reads as a patronymic itself
    "surname in -ich first": [
        ("Письмо адресовано председателю облисполкома Каранкевичу Владимиру Васильевичу.", {"Владимир Каранкевич"}),
        ("Приказ подписан заместителем Шулейкевичем Олегом Петровичем.", {"Олег Шулейкевич"}),
        ("Выступление Мясниковича Михаила Владимировича открыло форум.", {"Михаил Мясникович"}),
    ],
    # an adjectival surname no dictionary knows as an adjective declines as ‑ый
    "unknown adjectival surnames": [
        ("Вопросы обсудили с министром Юрием Горлатым.", {"Юрий Горлатый"}),
        ("По приглашению Петра Сивоватого делегация посетила завод.", {"Петр Сивоватый"}),
        ("Грамоту вручили Игорю Замшелому.", {"Игорь Замшелый"}),
    ],
    # a surname in ‑я after a consonant declines like a noun: "Руденя" → "Руденей", "Рудени"
    "surnames in -ya": [
        ("Соглашение подписано губернатором Руденей Игорем Михайловичем.", {"Игорь Руденя"}),
        ("Делегацию возглавил с Андреем Андреевичем Кутеней.", {"Андрей Кутеня"}),
        ("На форуме выступил губернатор Игорь Руденя.", {"Игорь Руденя"}),
    ],
    # only the last word of a foreign name of three words declines, whatever the dictionary says of the others
    "three-word east asian": [
        ("Переговоры провели с послом Вьетнама Данг Минь Хоем.", {"Данг Минь Хой"}),
        ("Губернатор встретился с вице-губернатором Нгуен Ван Тханем.", {"Нгуен Ван Тхань"}),
        ("Меморандум подписан с мэром Пусана Пак Сон Хо.", {"Пак Сон Хо"}),
    ],
    # the title's case reaches the name over where the post is ("посол … в России")
    "title with a location": [
        ("Делегация прибыла во главе с послом Монголии в России Шагдарсурэнгийн Батбаяром.",
         {"Шагдарсурэнгийн Батбаяр"}),
        ("Встреча прошла с консулом Узбекистана в Казани Бахромом Азизовым.", {"Бахром Азизов"}),
        ("Состоялась беседа с генеральным консулом Китая в Иркутске Чжаном Сюем.", {"Чжан Сюй"}),
    ],
    # a father's name with "уулу", "кызы", "улы" and no surname after it is the surname, kept as written; with a
    # surname after it, it is a patronymic and goes
    "turkic particle surnames": [
        ("С заместителем министра Нуржаном Абдыкадыр уулу обсудили визит.", {"Нуржан Абдыкадыр уулу"}),
        ("В Уфе гостей принял постпред Эльмира Сатыбалды кызы.", {"Эльмира Сатыбалды кызы"}),
        ("Соглашение подписали Алмазбек Эркин уулу и Бакыт Торобаев.", {"Алмазбек Эркин уулу", "Бакыт Торобаев"}),
        ("Переговоры провёл Ильхам Гейдар оглы Алиев.", {"Ильхам Алиев"}),
    ],
    # several given names before the surname, all kept
    "several given names": [
        ("Переговоры прошли с губернатором провинции Сейедом Али Мохаммадипуром.", {"Сейед Али Мохаммадипур"}),
        ("Встречу провел посол Ахмет Кемаль Озтюрк.", {"Ахмет Кемаль Озтюрк"}),
        ("Соглашение подписано с Мухаммадом Юсуфом Карими.", {"Мухаммад Юсуф Карими"}),
    ],
}


@pytest.mark.parametrize("text,expected", [c for cases in CONSTRUCTIONS.values() for c in cases],
                         ids=[f"{k}-{n}" for k, cases in CONSTRUCTIONS.items() for n in range(len(cases))])
def test_names_normalised(people, text, expected):
    assert _names(people, text) == expected


JOINING = [
    # one person, however many cases the surname takes; the fullest spelling is the name
    ("Губернатор Алексей Горбунов открыл форум. Горбунова поблагодарили за поддержку. "
     "Горбунову вручили награду.", ["Алексей Горбунов"]),
    ("Горбуновым подписано соглашение. Губернатор Алексей Горбунов открыл форум.", ["Алексей Горбунов"]),
    # ё and е are one letter for joining
    ("Министр Пётр Семёнов прибыл в Минск. Семенов провел переговоры.", ["Пётр Семёнов"]),
    # an ambiguous reading is decided by the other mentions: a man in the genitive
    ("На ужин Виталия Лозинского пригласил посол. Виталий Лозинский поблагодарил хозяев.",
     ["Виталий Лозинский"]),
    ("Александра Кравца встретили в аэропорту. Александр Кравец провел переговоры.", ["Александр Кравец"]),
    ("Евгения Куприянова пригласили на форум. Затем Евгений Куприянов выступил.", ["Евгений Куприянов"]),
    # a given name and patronymic is the person named in full with that given name
    ("Глава республики Радик Фаритович Хабибуллин открыл форум. Радик Фаритович отметил рост торговли.",
     ["Радик Хабибуллин"]),
    ("Губернатор Олег Хабибуллин открыл форум. Как сказал Олег Маратович, торговля растет.",
     ["Олег Хабибуллин"]),
    # a man's name in ‑вич after a given name is a surname when nothing says otherwise
    ("Соглашение подписал Роман Латушкевич.", ["Роман Латушкевич"]),
    # the reading most mentions share wins: a foreign man in the genitive, not a woman
    ("В пресс-центре ждали Гарольда Уинстона (Harold Winston). Уинстоном подписан контракт.", ["Гарольд Уинстон"]),
    ("Контракт подписан Уинстоном. Переговоры с Гарольдом Уинстоном продолжатся.", ["Гарольд Уинстон"]),
    ("Мэра Оскара Фернандеса приветствовали в Казани. Фернандесу вручили подарок.", ["Оскар Фернандес"]),
]


@pytest.mark.parametrize("text,expected", JOINING, ids=[t[:40] for t, _ in JOINING])
def test_mentions_joined(people, text, expected):
    assert people(text) == expected


NOT_NAMES = [
    # a word cut off at the end of a document
    ("Делегация Брестской области прибыла в Тулу и провела переговоры с руководством области, где ее "
     "встретил Посол Респу", set()),
    ("Губернатор провел переговоры с делегацией из Гродно. Соглашение подписал Владимир Ког", set()),
    ("Глава области встретился с послом и обсудил поставки зерна и техники в ближайшие годы Андрей Кор",
     set()),
    ("Делегация прибыла в Минск. Посол Респу", set()),
    # a caption or byline at the end is a name, not a cut word
    ("Губернатор открыл выставку.\nФото: пресс-служба Николая Сорокина", {"Николай Сорокин"}),
    ("Губернатор открыл выставку.\n\nАнна Белова", {"Анна Белова"}),
    # a name in Latin letters in brackets is no part of the Russian one; initials alone name nobody
    ("Выступил посол Джон Смит (John Smith).", {"Джон Смит"}),
    ("Выступил Рональд Браун (Ronald Brown), посол.", {"Рональд Браун"}),
    ("Статью написал автор (В. Л.) для газеты.", set()),
    # capitals do not make a name
    ("АНДРЕЙ ВОРОБЬЕВ, ГУБЕРНАТОР МОСКОВСКОЙ ОБЛАСТИ:\n— Мы благодарны партнерам.", {"Андрей Воробьев"}),
]


@pytest.mark.parametrize("text,expected", NOT_NAMES, ids=[t[-25:] for t, _ in NOT_NAMES])
def test_not_a_name(people, text, expected):
    assert _names(people, text) == expected


def test_reading_keeps_the_alternatives():
    """"Евгения Куприянова" alone may be a woman or a man in the genitive: both readings are kept
    for the document to decide."""
    texts = {f.text for f in read_name(["Евгения", "Куприянова"])}
    assert texts == {"Евгения Куприянова", "Евгений Куприянов"}


@pytest.mark.parametrize("words,expected", [
    (["Хоценко", "Виталием", "Павловичем"], "Виталий Хоценко"),
    (["Бадры", "Гунба"], "Бадра Гунба"),
    (["Асадоллой", "Аббаси"], "Асадолла Аббаси"),
    (["Ли", "Цзюнем"], "Ли Цзюнь"),
    (["Кон", "Ен", "Хва"], "Кон Ен Хва"),
    (["Ильхам", "Гейдар", "оглы", "Алиев"], "Ильхам Алиев"),
    (["А.", "В.", "Богомазом"], "А. В. Богомаз"),
    # initials after the surname go before it: FACTS keys people on the last word
    (["Богомаз", "А.", "В."], "А. В. Богомаз"),
    (["Крупко", "И."], "И. Крупко"),
    (["Исаченко", "А.", "М."], "А. М. Исаченко"),
])
def test_read_name_alone(words, expected):
    assert read_name(words)[0].text == expected


# people._inside_organisation_name: a name after "имени"/"им." belongs to an organisation's name
NAMED_AFTER = [
    ("Сыктывкар и Гродно подписали план. Гродненский университет заключил договор с Сыктывкарским государственным "
     "университетом имени Питирима Сорокина.", "Сорокин"),
    ("Губернатор Омской области Виталий Хоценко посетил театр им. Михаила Ульянова в Павлодаре.", "Ульянов"),
    ("Делегация Брестской области побывала в Национальном академическом театре имени Янки Купалы.", "Купала"),
]


@pytest.mark.parametrize("text,surname", NAMED_AFTER)
def test_name_inside_an_organisation_name_is_no_one(people, text, surname):
    assert not any(surname in p for p in people(text))
