"""Titles and their holders (texts written for these tests)."""

import pytest


@pytest.fixture(scope="module")
def titles():
    """``titles(text) -> list[dict]``: each title with its holder, places, location and flags."""
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.models import Document

    def run(text: str) -> list[dict]:
        ctx = run_stages(Document(id="t", text=text))
        return [{"text": t.text, "person": t.person.name if t.person else None,
                 "places": sorted(m.resolved for m in t.places),
                 "location": t.location.resolved if t.location else None,
                 "former": t.former, "coref": t.coref, "joint": t.joint, "of": t.of} for t in ctx.titles]

    return run


def held(found: list[dict]) -> set[tuple[str, str]]:
    """(holder, title) of the titles currently held."""
    return {(t["person"], t["text"]) for t in found if t["person"] and not t["former"]}


CHAINS = [
    # a name, then titles chained after it by commas or a dash
    ("На заседании выступил Андрей Мороз, руководитель российской части рабочей группы, "
     "министр экономического развития Тульской области.",
     {("Андрей Мороз", "руководитель части рабочей группы"), ("Андрей Мороз", "министр экономического развития")}),
    ("Встречу вела Ольга Пронина, сопредседатель делового совета, вице-губернатор Курской области.",
     {("Ольга Пронина", "сопредседатель делового совета"), ("Ольга Пронина", "вице-губернатор")}),
    ("Заседание открыл сопредседатель комиссии от казахстанской стороны Ерлан Сагинтаев — аким "
     "Костанайской области.",
     {("Ерлан Сагинтаев", "сопредседатель комиссии"), ("Ерлан Сагинтаев", "аким")}),
]


@pytest.mark.parametrize("text,expected", CHAINS, ids=[t[:40] for t, _ in CHAINS])
def test_chain_of_titles(titles, text, expected):
    assert held(titles(text)) == expected


def test_joint_body_marked(titles):
    found = titles(CHAINS[2][0])
    assert [t["joint"] for t in found] == [True, False]
    assert found[0]["places"] == ["KZ"]  # the side it stands for


FORMER_THEN_CURRENT = [
    ("Бывший министр финансов, а ныне вице-губернатор Тверской области Игорь Рыжов открыл выставку.",
     "Игорь Рыжов", "вице-губернатор", "бывший министр финансов"),
    ("Экс-мэр Калуги, а сейчас советник губернатора Калужской области Петр Ломов принял участие во встрече.",
     "Петр Ломов", "советник губернатора", "экс-мэр"),
    ("Бывший посол в Казахстане, а теперь заместитель министра иностранных дел Олег Лапин провел переговоры.",
     "Олег Лапин", "заместитель министра иностранных дел", "бывший посол в казахстане"),
]


@pytest.mark.parametrize("text,person,current,former", FORMER_THEN_CURRENT, ids=[c[1] for c in FORMER_THEN_CURRENT])
def test_former_then_current(titles, text, person, current, former):
    found = titles(text)
    assert held(found) == {(person, current)}
    assert {(t["person"], t["text"]) for t in found if t["former"]} == {(person, former)}


RESPECTIVELY = [
    ("Соглашение подписали мэр Рязани и председатель Гродненского горисполкома — соответственно "
     "Виталий Артемов и Мечислав Гой.",
     {("Виталий Артемов", "RU-RYA/Рязань"), ("Мечислав Гой", "BY-HR/Гродно")}),
    ("Документ подписали губернатор Тульской области и председатель Брестского облисполкома — Алексей "
     "Дюмин и Юрий Шулейко соответственно.",
     {("Алексей Дюмин", "RU-TUL"), ("Юрий Шулейко", "BY-BR")}),
    ("Меморандум подписали аким Павлодарской области и губернатор Омской области, соответственно, "
     "Асаин Байханов и Виталий Хоценко.",
     {("Асаин Байханов", "KZ-55"), ("Виталий Хоценко", "RU-OMS")}),
]


@pytest.mark.parametrize("text,expected", RESPECTIVELY, ids=[t[:40] for t, _ in RESPECTIVELY])
def test_respectively(titles, text, expected):
    assert {(t["person"], t["of"]) for t in titles(text) if t["person"]} == expected


PLURAL_OVER_PLACES = [
    ("Соглашение скрепили подписями главы Витебской и Смоленской областей — Александр Субботин и Василий Анохин.",
     {("Александр Субботин", "BY-VI"), ("Василий Анохин", "RU-SMO")}),
    ("Переговоры провели губернаторы провинций Гилян и Мазандаран Али Карими и Реза Хоссейни.",
     {("Али Карими", "IR-01"), ("Реза Хоссейни", "IR-02")}),
    ("В форуме участвовали президенты Казахстана и Узбекистана Касым-Жомарт Токаев и Шавкат Мирзиёев.",
     {("Касым-Жомарт Токаев", "KZ"), ("Шавкат Мирзиёев", "UZ")}),
]


@pytest.mark.parametrize("text,expected", PLURAL_OVER_PLACES, ids=[t[:40] for t, _ in PLURAL_OVER_PLACES])
def test_plural_title_over_coordinated_places(titles, text, expected):
    found = [t for t in titles(text) if t["person"]]
    assert {(t["person"], t["of"]) for t in found} == expected
    assert all(" и" not in t["text"] for t in found)


CROSS_SENTENCE = [
    ("Олег Ковалев принял делегацию Витебской области в Сасовском районе. Глава района рассказал "
     "о местных предприятиях.", "Олег Ковалев", "глава"),
    ("Делегацию Гомельской области принял Алексей Текслер. Губернатор Челябинской области подчеркнул "
     "важность поставок.", "Алексей Текслер", "губернатор"),
    ("Встреча прошла в мэрии. Гостей приветствовал Сергей Шелест. По словам мэра, город готов к "
     "сотрудничеству.", "Сергей Шелест", "мэр"),
]


@pytest.mark.parametrize("text,person,title", CROSS_SENTENCE, ids=[c[1] for c in CROSS_SENTENCE])
def test_title_in_another_sentence(titles, text, person, title):
    found = titles(text)
    assert [(t["person"], t["text"], t["coref"]) for t in found] == [(person, title, True)]


def test_no_coreference_when_two_people_could_hold_it(titles):
    found = titles("Иван Петров и Петр Сидоров провели переговоры. Губернатор подчеркнул важность поставок.")
    assert [t["person"] for t in found] == [None]


TYPOGRAPHY = [
    ("Премьер–министр Республики Беларусь Роман Головченко провел переговоры.", "Роман Головченко",
     "премьер-министр", "BY"),
    ("Вице—премьер Беларуси Виктор Каранкевич посетил Казань.", "Виктор Каранкевич", "вице-премьер", "BY"),
    ("И.о. губернатора Курской области Александр Хинштейн провел переговоры.", "Александр Хинштейн",
     "и.о. губернатора", "RU-KRS"),
    ("Гостей принял и. о. мэра Гомеля Петр Кириченко.", "Петр Кириченко", "и.о. мэра", "BY-HO/Гомель"),
    ("Врио главы Чувашии Олег Николаев открыл форум.", "Олег Николаев", "врио главы", "RU-CU"),
    # the parts of a hyphenated title written apart
    ("Премьер министр Беларуси Роман Головченко провел переговоры.", "Роман Головченко", "премьер-министр", "BY"),
    ("На форум прибыл вице премьер Казахстана Серик Жумангарин.", "Серик Жумангарин", "вице-премьер", "KZ"),
    ("Гостей встретил вице - губернатор Тульской области Дмитрий Миляев.", "Дмитрий Миляев", "вице-губернатор",
     "RU-TUL"),
]


@pytest.mark.parametrize("text,person,title,of", TYPOGRAPHY, ids=[c[1] for c in TYPOGRAPHY])
def test_typography_and_acting(titles, text, person, title, of):
    assert [(t["person"], t["text"], t["of"]) for t in titles(text)] == [(person, title, of)]


PLACE_INSIDE = [
    # the place of a branch is where it is, not whose post it is
    ("На заседании выступил руководитель новосибирского отделения белорусского посольства Андрей Ковалев.",
     "BY", "RU-NVS"),
    ("Делегацию встретил глава екатеринбургского филиала казахстанского торгового представительства "
     "Ержан Нурланов.", "KZ", "RU-SVE/Екатеринбург"),
    # where a consul or ambassador serves is the location
    ("На встрече присутствовал консул Беларуси в Казани Андрей Иванов.", "BY", "RU-TA/Казань"),
    ("Встреча прошла с временным поверенным в делах России в Беларуси Иваном Петровым.", "RU", "BY"),
]


@pytest.mark.parametrize("text,whose,location", PLACE_INSIDE, ids=[t[:40] for t, _, _ in PLACE_INSIDE])
def test_place_inside_title_is_a_location(titles, text, whose, location):
    (t,) = titles(text)
    assert (t["places"], t["location"]) == ([whose], location)


OTHER_BINDINGS = [
    # a bracketed gloss inside a title
    ("Хоким (глава) Самарканда Эркинжон Турдимов подписал соглашение.", {("Эркинжон Турдимов", "хоким")}),
    ("Аким (глава) Костанайской области Кумар Аксакалов открыл форум.", {("Кумар Аксакалов", "аким")}),
    # a post given by a verb
    ("Почетным консулом назначен Таалайбек Абдиев.", {("Таалайбек Абдиев", "почетный консул")}),
    ("Андрей Назаров избран председателем совета директоров.",
     {("Андрей Назаров", "председатель совета директоров")}),
    ("Новым послом назначена Ирина Волкова.", {("Ирина Волкова", "посол")}),  # "новый" says when, not what
    # a colleague holds the same post for his own side
    ("Заместитель министра иностранных дел Евгений Иванов и его белорусский коллега Юрий Амбразевич "
     "обсудили консульские вопросы.",
     {("Евгений Иванов", "заместитель министра иностранных дел"),
      ("Юрий Амбразевич", "заместитель министра иностранных дел")}),
    # a name, a comma, a title and a colon: a speaker's caption
    ("ИГОРЬ ПЕТРОВ, ГУБЕРНАТОР ТУЛЬСКОЙ ОБЛАСТИ:\n— Мы довольны.", {("Игорь Петров", "губернатор")}),
    # titles that are participles
    ("Выступила заведующая отделом культуры администрации района Мария Иванова.",
     {("Мария Иванова", "заведующий отделом культуры администрации")}),
    # an apposition to the title's place between commas, then the name
    ("Об итогах поездки рассказал мэр Орла, города-побратима Бреста, Юрий Парахин.", {("Юрий Парахин", "мэр")}),
    ("Делегацию возглавил глава Ижевска, столицы Удмуртии, Дмитрий Чистяков.", {("Дмитрий Чистяков", "глава")}),
    ("Гостей встретил аким Уральска, центра Западно-Казахстанской области, Абат Шыныбеков.",
     {("Абат Шыныбеков", "аким")}),
]


@pytest.mark.parametrize("text,expected", OTHER_BINDINGS, ids=[t[:40] for t, _ in OTHER_BINDINGS])
def test_other_bindings(titles, text, expected):
    assert held(titles(text)) == expected


def test_previous_holder_is_former(titles):
    found = titles("В мае истек срок миссии предыдущего консула Монголии Батбаяра Дорж.")
    assert [(t["person"], t["former"]) for t in found] == [("Батбаяр Дорж", True)]


# a title first, its holder named untitled a few sentences on
TITLE_BEFORE_NAME = [
    ("Губернатор Челябинской области подчеркнул важность торговли. Объем поставок растет. «Мы открыты для "
     "партнеров», – отметил Алексей Текслер.", "губернатор", "Алексей Текслер"),
    ("Глава района рассказал о местных предприятиях. Гости осмотрели завод. Затем Игорь Лысенко показал "
     "гостям школу.", "глава", "Игорь Лысенко"),
    ("Председатель облисполкома выступил на открытии. Выставка продлится три дня. По словам Ивана Крупко, "
     "на ней представлены сорок предприятий.", "председатель облисполкома", "Иван Крупко"),
]


@pytest.mark.parametrize("text,title,person", TITLE_BEFORE_NAME, ids=[c[0][:40] for c in TITLE_BEFORE_NAME])
def test_title_before_its_untitled_holder(titles, text, title, person):
    found = [t for t in titles(text) if t["text"] == title]
    assert found and found[0]["person"] == person and found[0]["coref"]


def test_title_before_two_untitled_people_stays_unbound(titles):
    found = titles("Губернатор подчеркнул важность торговли. Об этом рассказали Алексей Текслер и Иван Петров.")
    assert [t["person"] for t in found if t["text"] == "губернатор"] == [None]


# a territory's own post has no location: "в Омске" after its territory is where something happened; a diplomat's
# "в России" stays in the title
LOCATIONS = [
    ("Губернатор Омской области провёл переговоры с акимом Павлодарской области в Омске.", "аким", None),
    ("Мэр Казани встретился с мэром Минска в Казанском Кремле.", "мэр", None),
    ("Губернатор встретился с послом Беларуси в России Дмитрием Крутым.", "посол", "RU"),
]


@pytest.mark.parametrize("text,head,location", LOCATIONS, ids=[c[0][:40] for c in LOCATIONS])
def test_location_only_for_posts_away_from_home(titles, text, head, location):
    found = [t for t in titles(text) if t["text"].split()[0] == head][-1]
    assert found["location"] == location


# a plural title over several holders: the post is singular, its area stays plural ("иностранных дел")
PLURAL_AREA = [
    ("В форуме приняли участие министры иностранных дел России и Беларуси Сергей Лавров и Максим Рыженков.",
     {("Сергей Лавров", "министр иностранных дел"), ("Максим Рыженков", "министр иностранных дел")}),
    ("Заместители министров иностранных дел России и Беларуси Андрей Руденко и Евгений Шестаков провели "
     "консультации.", {("Андрей Руденко", "заместитель министра иностранных дел"),
                       ("Евгений Шестаков", "заместитель министра иностранных дел")}),
    ("Председатели комитетов по внешним связям Санкт-Петербурга и Ленинградской области Евгений Григорьев и "
     "Дмитрий Ялов встретились с послом.", {("Евгений Григорьев", "председатель комитета по внешним связям"),
                                             ("Дмитрий Ялов", "председатель комитета по внешним связям")}),
    # counter-example: the body's noun itself becomes singular
    ("Председатели Гродненского и Брестского облисполкомов Юрий Караев и Пётр Пархомчик встретились с губернатором.",
     {("Юрий Караев", "председатель облисполкома"), ("Пётр Пархомчик", "председатель облисполкома")}),
]


@pytest.mark.parametrize("text,expected", PLURAL_AREA, ids=[c[0][:40] for c in PLURAL_AREA])
def test_plural_area_stays_plural(titles, text, expected):
    assert held(titles(text)) == expected


# a title in a headline with no name is the one untitled person the story names as a subject, however far
HEADLINE = [
    ("Новый посол Узбекистана вручил верительные грамоты\nЦеремония прошла в Москве. Документы приняли в МИД. "
     "Затем гостей пригласили в зал. Были сказаны тёплые слова. Позже Бахтиёр Саидов отметил важность события.",
     "Бахтиёр Саидов", "посол"),
    ("Генеральный консул Казахстана получил экзекватуру от губернатора Олега Петрова\nДокумент вручили в Омске. "
     "Губернатор поздравил дипломата. Стороны обсудили поставки. Отмечено много планов. Ержан Алимов поблагодарил "
     "за поддержку.", "Ержан Алимов", "генеральный консул"),
    ("Новый аким области приступил к работе\nВ Павлодаре состоялось собрание. Выступили депутаты. Обсуждались "
     "вопросы экономики. Было принято решение. Асаин Байханов пообещал продолжить работу.", "Асаин Байханов", "аким"),
]


@pytest.mark.parametrize("text,person,title", HEADLINE, ids=[c[1] for c in HEADLINE])
def test_headline_title_is_the_story_subject(titles, text, person, title):
    assert (person, title) in {(t["person"], t["text"]) for t in titles(text) if t["coref"]}


def test_headline_title_not_given_to_a_name_in_passing(titles):
    """"IT-парк имени Башира Рамеева": a person named in passing, no subject anywhere, is not the headline's head."""
    text = ("Раис Татарстана и глава Минской области подписали план\nДелегация Минской области находится в Казани. "
            "Гости посетили IT-парк имени Башира Рамеева.")
    assert not [t for t in titles(text) if t["person"] == "Башир Рамеев"]


@pytest.mark.parametrize("text", [
    "Делегация Наманганской области во главе с хокимом Шавкатжоном Абдураззаковым прибыла в Пензу.",
    "Во главе с губернатором Вадимом Шумковым курганская делегация посетила Костанай.",
    "Делегация района во главе с Игорем Лысенко прибыла в Бобруйск.",
])
def test_leading_a_delegation_is_no_post(titles, text):
    # "во главе с …" says who leads; "главе" is not a title of its own
    assert all(t["text"] != "глава" for t in titles(text)), titles(text)


def test_a_title_the_tagger_took_for_an_adjective(titles):
    # in this text the tagger reads "хокимом" as an adjective whose lemma is the form itself
    text = ("Делегация Наманганской области во главе с хокимом Шавкатжоном Абдураззаковым прибыла в Пензенскую область "
            "с ответным визитом. В марте этого года пензенская делегация побывала в Намангане.\n\nГубернатор "
            "Пензенской области Олег Мельниченко провел с хокимом переговоры.")
    assert [t["text"] for t in titles(text)].count("хоким") == 2, titles(text)
