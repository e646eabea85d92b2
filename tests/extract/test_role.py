"""role rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts, of_type

CASES = [
    # the side named before a list of officials is theirs
    ("Губернатор Омской области провёл переговоры в Астане. С казахстанской стороны присутствовали вице-министр "
     "торговли Айдар Ахметов и другие.", [{"person": "Айдар Ахметов", "of": "KZ"}]),
    ("С белорусской стороны в заседании участвовали министр промышленности Александр Ефимов и заместитель министра "
     "Игорь Петров.", [{"person": "Александр Ефимов", "of": "BY"}, {"person": "Игорь Петров", "of": "BY"}]),
    ("Делегацию Курской области принимали в Минске. От узбекской стороны выступил заместитель министра Бахтиёр "
     "Каримов.", [{"person": "Бахтиёр Каримов", "of": "UZ"}]),
    # a post that exists in one country only is that country's, whatever the generic word
    ("Аким области Асаин Байханов, по сообщению акимата Павлодарской области, подписал в Омске меморандум.",
     [{"person": "Асаин Байханов", "of": "KZ-55"}]),
    # of the two signatories, each holds a post of another side
    ("О сотрудничестве договорились Псковский и Могилёвский районы. Соглашение подписали глава муниципалитета Анна "
     "Петрова и председатель Могилёвского райисполкома Олег Чикида.",
     [{"person": "Анна Петрова", "of": "RU-PSK/Псковский район"}, {"person": "Олег Чикида", "of": "BY-MA/Могилёвский район"}]),
    ("Договор о сотрудничестве заключили Гомельская и Брянская области. Документ подписали глава региона Иван Сидоров "
     "и председатель Гомельского облисполкома Иван Крупко.",
     [{"person": "Иван Сидоров", "of": "RU-BRY"}, {"person": "Иван Крупко", "of": "BY-HO"}]),
    ("Лидский район и Сокольский муниципальный округ Вологодской области подписали соглашение. Подписи поставили "
     "председатель Лидского райисполкома Олег Петров и глава округа Сергей Иванов.",
     [{"person": "Олег Петров", "of": "BY-HR/Лидский район"},
      {"person": "Сергей Иванов", "of": "RU-VLG/Сокольский муниципальный округ"}]),
    # a title bound to a person in another sentence is their post when the text gives them no other
    ("Гостей из Самарканда принял Алексей Текслер. Губернатор Челябинской области рассказал о планах.",
     [{"person": "Алексей Текслер", "title": "губернатор", "of": "RU-CHE"}]),
    ("Договор подписал Евгений Куйвашев. По словам свердловского губернатора, товарооборот вырастет.",
     [{"person": "Евгений Куйвашев", "title": "губернатор", "of": "RU-SVE"}]),
    ("Пермский край посетил Мехмет Самсор. Посол Турции рассказал о планах.",
     [{"person": "Мехмет Самсор", "title": "посол", "of": "TR"}]),
    # a post in a joint body only for a person with no government post
    ("Заседание вёл сопредседатель комиссии от белорусской стороны Павел Шевчук — министр сельского хозяйства "
     "Беларуси.", [{"person": "Павел Шевчук", "title": "министр сельского хозяйства", "of": "BY"}]),
    ("Сопредседатель рабочей группы от российской стороны, губернатор Курской области Роман Старовойт открыл "
     "заседание.", [{"person": "Роман Старовойт", "title": "губернатор", "of": "RU-KRS"}]),
    # a body named by common words only is a joint body too: the government post wins
    ("Председатель постоянной комиссии, министр экономики Республики Беларусь Юрий Чеботарь выступил на заседании.",
     [{"person": "Юрий Чеботарь", "title": "министр экономики", "of": "BY"}]),
    ("Руководитель рабочей группы, заместитель губернатора Омской области Иван Петров открыл заседание.",
     [{"person": "Иван Петров", "title": "заместитель губернатора", "of": "RU-OMS"}]),
    ("Заседание открыл председатель совместной комиссии Олег Петров, вице-премьер Республики Беларусь.",
     [{"person": "Олег Петров", "title": "вице-премьер", "of": "BY"}]),
    # a region's post named by the adjective of its capital is the region's
    ("Нижегородский губернатор Глеб Никитин прибыл в Сухум.",
     [{"person": "Глеб Никитин", "title": "губернатор", "of": "RU-NIZ"}]),
    ("Омский губернатор Виталий Хоценко встретился с акимом.",
     [{"person": "Виталий Хоценко", "title": "губернатор", "of": "RU-OMS"}]),
    ("Минский мэр Владимир Кухарев встретился с гостями.",
     [{"person": "Владимир Кухарев", "title": "мэр", "of": "BY-HM"}]),
    # a parliament's chamber is the state's; a chamber of commerce is an organisation
    ("Депутат Палаты представителей Национального собрания Беларуси Игорь Марзалюк выступил на форуме.",
     [{"person": "Игорь Марзалюк", "of": "BY"}]),
    ("Председатель Торгово-промышленной палаты Татарстана Шамиль Агеев выступил на форуме.",
     [{"person": "Шамиль Агеев", "of": "Торгово-промышленная палата Татарстана"}]),
    # a man's name the tagger does not know, in apposition to a genitive title
    ("По словам министра экономики Республики Татарстан Мидхата Шагиахметова, объем инвестиций вырос.",
     [{"person": "Мидхат Шагиахметов", "title": "министр экономики", "of": "RU-TA"}]),
    ("Делегацию Казахстана возглавила вице-министр торговли Айжан Бижанова.",
     [{"person": "Айжан Бижанова", "title": "вице-министр торговли", "of": "KZ"}]),
    # the head of a delegation holds a post of its territory; a legal form is no part of a post
    ("Гомель посетила делегация Брянской областной думы во главе с председателем Михаилом Ивановым.",
     [{"person": "Михаил Иванов", "title": "председатель", "of": "RU-BRY"}]),
    ("В заседании участвовал генеральный директор ПАО «КАМАЗ» Сергей Когогин.",
     [{"person": "Сергей Когогин", "title": "генеральный директор", "of": "КАМАЗ"}]),
    # a governor heads the delegation's own province; no Belarusian oblast has one
    ("Делегация провинции Хэйлунцзян во главе с губернатором Лян Хуэйлином прибыла в Амурскую область. "
     "Гостей принял губернатор Амурской области Василий Орлов.",
     [{"person": "Лян Хуэйлин", "title": "губернатор", "of": "CN-HL"},
      {"person": "Василий Орлов", "title": "губернатор", "of": "RU-AMU"}]),
    ("Делегация Гомельской области прибыла в Брянскую область. Гостей принял губернатор Александр Богомаз.",
     [{"person": "Александр Богомаз", "title": "губернатор", "of": "RU-BRY"}]),
    ("Раис Татарстана Рустам Минниханов открыл форум.",
     [{"person": "Рустам Минниханов", "title": "раис", "of": "RU-TA"}]),
    ("Об этом сообщил председатель Минского областного исполнительного комитета Алексей Кушнаренко.",
     [{"person": "Алексей Кушнаренко", "of": "BY-MI", "title": "председатель областного исполнительного комитета"}]),
    ("Документ подписал председатель концерна «Белнефтехим» Илья Икан.",
     [{"person": "Илья Икан", "title": "председатель концерна", "of": "Белнефтехим"}]),
    ("Радий Хабиров, глава Башкирии, встретился с послом.",
     [{"person": "Радий Хабиров", "title": "глава", "of": "RU-BA"}]),
    ("На встрече выступила глава Агентства инвестиционного развития Татарстана Талия Минуллина.",
     [{"person": "Талия Минуллина", "of": "RU-TA"}]),
    # a name pymorphy does not know, in apposition to a genitive title
    ("Поездка прошла при поддержке консула Узбекистана в Казани Жахонгира Турсунова.",
     [{"person": "Жахонгир Турсунов", "title": "консул", "of": "UZ"}]),
    ("Встреча прошла с участием мэра Омска Сергея Шелеста.",
     [{"person": "Сергей Шелест", "title": "мэр", "of": "RU-OMS/Омск"}]),
    ("Губернатор Приморья Олег Кожемяко встретился с секретарем парткома провинции Хэйлунцзян Сюй Циньем.",
     [{"person": "Олег Кожемяко", "of": "RU-PRI"}, {"person": "Сюй Цинь", "of": "CN-HL"}]),
    ("Соглашение подписали председатель Мостовского райисполкома Виктор Пастушик и глава администрации "
     "Кировского района Калужской области Игорь Феденков.",
     [{"person": "Виктор Пастушик", "of": "BY-HR/Мостовский район"},
      {"person": "Игорь Феденков", "of": "RU-KLU/Кировский район"}]),
    ("Временно исполняющий обязанности губернатора Курской области Александр Хинштейн провел переговоры.",
     [{"person": "Александр Хинштейн", "of": "RU-KRS", "title": "временно исполняющий обязанности губернатора"}]),
    ("Раис встретился с генеральным консулом Турции в Казани Ахметом Садыком Доганом.",
     [{"person": "Ахмет Садык Доган", "of": "TR"}]),
    ("Президенты РФ и Казахстана Владимир Путин и Касым-Жомарт Токаев подписали декларацию.",
     [{"person": "Владимир Путин", "of": "RU"}, {"person": "Касым-Жомарт Токаев", "of": "KZ"}]),
    # "губернатор аймака" before a Mongolian name, which makes the tagger read "аймака" as a nominative
    ("Калмыкия подписала соглашение с Хэнтийским аймаком Монголии. Соглашение скрепили подписями Бату Хасиков и "
     "губернатор аймака Нэргуй Бат-Эрдэнэ.", [{"person": "Нэргуй Бат-Эрдэнэ", "title": "губернатор", "of": "MN-039"}]),
    ("Бурятия подписала соглашение с аймаком Сэлэнгэ. Документ подписал губернатор аймака Батбаяр Нэргуй.",
     [{"person": "Батбаяр Нэргуй", "title": "губернатор", "of": "MN-049"}]),
    ("Тыва подписала соглашение с аймаком Увс. Гостей из Тывы принял губернатор аймака Очирбат Сэргэлэн.",
     [{"person": "Очирбат Сэргэлэн", "title": "губернатор", "of": "MN-046"}]),
    # role.kind_word_among_members: the country is the camp's main place; the one aimag named is the aimag's head's
    ("Алтайский край расширяет связи с Монголией\n\nВ Барнауле открылось представительство Ховдского аймака "
     "Монголии. В церемонии открытия участвовал губернатор аймака Очирбат Сэргэлэн.",
     [{"person": "Очирбат Сэргэлэн", "of": "MN-043"}]),
    ("Бурятия и Монголия\n\nДелегация аймака Сэлэнгэ Монголии прибыла в Улан-Удэ. Монгольских гостей принял "
     "губернатор Бурятии. Губернатор аймака Батбаяр Нэргуй поблагодарил за прием.",
     [{"person": "Батбаяр Нэргуй", "of": "MN-049"}]),
    # role.opened_as_host: who opens the meeting or greets the guests is of the side where it is held
    ("В Омске губернатор Омской области Виталий Хоценко встретился с делегацией Павлодарской области. Приветствуя "
     "гостей, глава региона Виталий Хоценко отметил, что Павлодарская область — надежный партнер.",
     [{"person": "Виталий Хоценко", "of": "RU-OMS"}]),
    ("В Гомеле состоялась встреча председателя Гомельского облисполкома Ивана Крупко и губернатора Брянской "
     "области. Открывая встречу, глава региона Иван Крупко отметил рост торговли.",
     [{"person": "Иван Крупко", "of": "BY-HO"}]),
    ("В Барнауле губернатор Алтайского края Виктор Томенко встретился с делегацией Павлодарской области. Открывая "
     "встречу, глава региона Виктор Томенко назвал Павлодарскую область ключевым партнером.",
     [{"person": "Виктор Томенко", "of": "RU-ALT"}]),
    ("Тыва и Монголия развивают торговлю\n\nВ Кызыле побывали представители аймака Увс Монголии. Их возглавил "
     "заместитель губернатора аймака Ганбат Дорж.", [{"person": "Ганбат Дорж", "of": "MN-046"}]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_role(extract, text, expected):
    assert_facts(extract(text), "role", expected)


# role.implied_territory: a title only one territory has ("Раис") is that territory's, whatever else is named
IMPLIED = [
    "Раис Рустам Минниханов принял посла Узбекистана.",
    "Посла Казахстана принял Раис Рустам Минниханов.",
    "Раис Рустам Минниханов встретился с губернатором Омской области Виталием Хоценко.",
]


@pytest.mark.parametrize("text", IMPLIED, ids=[t[:40] for t in IMPLIED])
def test_title_only_one_territory_has(extract, text):
    roles = [f for f in extract(text) if f["type"] == "role" and f["person"] == "Рустам Минниханов"]
    assert [(r["title"], r["of"]) for r in roles] == [("раис", "RU-TA")]


# role.fuller_title: a person named with a short title first and a fuller one later: the fuller title
FULLER = [
    ("Министр Олег Петров выступил первым. Первый заместитель министра промышленности Брянской области Олег Петров "
     "ответил на вопросы.", "Олег Петров", "первый заместитель министра промышленности"),
    ("Заместитель губернатора Олег Соколов открыл форум. Первый заместитель губернатора Курской области Олег Соколов "
     "подвёл итоги.", "Олег Соколов", "первый заместитель губернатора"),
    ("Председатель Андрей Сидоров выступил первым. Председатель комитета по экономике Гомельского облисполкома Андрей "
     "Сидоров ответил на вопросы.", "Андрей Сидоров", "председатель комитета по экономике облисполкома"),
]


@pytest.mark.parametrize("text,person,title", FULLER, ids=[c[0][:40] for c in FULLER])
def test_fuller_title_wins(extract, text, person, title):
    assert [f["title"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [title]


def test_title_found_elsewhere_in_document(extract):
    facts = extract("Вице-премьер Игорь Ляшенко провел заседание рабочей группы с Татарстаном. "
                    "Белорусский вице-премьер отметил рост поставок.")
    assert_facts(facts, "role", [{"person": "Игорь Ляшенко", "of": "BY"}])


def test_name_declension(extract):
    facts = extract("Соглашение подписали с губернатором Орловской области Андреем Клычковым и "
                    "с заместителем министра Республики Узбекистан Олимжоном Абдуллаевым.")
    assert {f["person"] for f in facts if f["type"] == "role"} == {"Андрей Клычков", "Олимжон Абдуллаев"}


# one plural title over coordinated territories and names: each holder's post in the singular
PLURAL_TITLES = [
    ("Встреча с председателями Минского и Гродненского облисполкомов Александром Турчиным и Юрием Караевым.",
     [("Александр Турчин", "председатель облисполкома", "BY-MI"), ("Юрий Караев", "председатель облисполкома", "BY-HR")]),
    ("Встреча с главами городских администраций Бреста и Гродно Александром Рогачуком и Мечиславом Гоем.",
     [("Александр Рогачук", "глава городской администрации", "BY-BR/Брест"),
      ("Мечислав Гой", "глава городской администрации", "BY-HR/Гродно")]),
    ("Встреча с министрами экономики Беларуси и Казахстана Юрием Чеботарем и Сериком Жумангариным.",
     [("Юрий Чеботарь", "министр экономики", "BY"), ("Серик Жумангарин", "министр экономики", "KZ")]),
]


@pytest.mark.parametrize("text,roles", PLURAL_TITLES, ids=[c[0][:40] for c in PLURAL_TITLES])
def test_plural_title_over_coordinated_territories(extract, text, roles):
    found = sorted((f["person"], f["title"], f["of"]) for f in extract(text) if f["type"] == "role")
    assert found == sorted(roles)


# a bare title of a region's head, with only a city of the sides named: the city's region, when one side's
# region fits the post (a Belarusian oblast for "председатель облисполкома", a Russian region for "губернатор")
BARE_REGION_HEADS = [
    ("Работающая в Оренбурге делегация Западно-Казахстанской области провела встречу с губернатором Денисом "
     "Паслером.", {"person": "Денис Паслер", "of": "RU-ORE"}),
    ("Губернатор Вологодской области прибыл в Беларусь; в Витебске его принял председатель облисполкома "
     "Александр Субботин.", {"person": "Александр Субботин", "of": "BY-VI"}),
    ("Делегация Алтайского края провела переговоры в Павлодаре. Гостей принял аким области Асаин Байханов.",
     {"person": "Асаин Байханов", "of": "KZ-55"}),
]


@pytest.mark.parametrize("text,role", BARE_REGION_HEADS)
def test_bare_head_of_region_named_by_its_city(extract, text, role):
    assert role in [{k: f[k] for k in role} for f in extract(text) if f["type"] == "role"]


# a dash typed inside a hyphenated word of a title is its hyphen; a dash between two posts stays
DASHES = [
    ("Первый заместитель Премьер–министра Республики Беларусь Николай Снопков провел переговоры.",
     "первый заместитель премьер-министра"),
    ("Вице–губернатор Омской области Юрий Гамбург встретился с акимом Павлодарской области.", "вице-губернатор"),
    ("Заместитель премьер-министра — министр экономики Беларуси Юрий Чеботарь выступил на форуме.",
     "заместитель премьер-министра — министр экономики"),
]


@pytest.mark.parametrize("text,title", DASHES)
def test_dash_inside_a_title_word(extract, text, title):
    assert title in [f["title"] for f in extract(text) if f["type"] == "role"]


# a short parenthesis between the title and the name that names no one ("(Якутия)", "(Югры)")
PARENTHESES = [
    ("Председатель правительства Республики Саха (Якутия) Кирилл Бычков встретился с губернатором провинции "
     "Хэйлунцзян.", {"person": "Кирилл Бычков", "of": "RU-SA"}),
    ("Губернатор Ханты-Мансийского автономного округа (Югры) Руслан Кухарун встретился с послом Беларуси.",
     {"person": "Руслан Кухарун", "of": "RU-KHM"}),
    ("Председатель Гомельского областного исполнительного комитета (облисполкома) Иван Крупко прибыл в Брянск.",
     {"person": "Иван Крупко", "of": "BY-HO"}),
]


@pytest.mark.parametrize("text,role", PARENTHESES)
def test_title_and_name_across_a_parenthesis(extract, text, role):
    assert role in [{k: f[k] for k in role} for f in extract(text) if f["type"] == "role"]


# a generic title of a person whose same post the text names in full elsewhere is that post (not the nearest
# territory of that kind, which may be the guests')
OWN_TITLE_ELSEWHERE = [
    ("Глава района Сергей Иванов рассказал гостям из Лидского района о местных предприятиях. Глава Сокольского "
     "муниципального округа Вологодской области Сергей Иванов поблагодарил белорусских коллег.",
     {"person": "Сергей Иванов", "of": "RU-VLG/Сокольский муниципальный округ"}),
    ("Губернатор Анатолий Петров встретил делегацию Павлодарской области. Губернатор Омской области Анатолий Петров "
     "подчеркнул важность сотрудничества.", {"person": "Анатолий Петров", "of": "RU-OMS"}),
    ("Председатель облисполкома Иван Крупко принял гостей из Брянской области. Председатель Гомельского "
     "облисполкома Иван Крупко рассказал о планах.", {"person": "Иван Крупко", "of": "BY-HO"}),
]


@pytest.mark.parametrize("text,role", OWN_TITLE_ELSEWHERE)
def test_generic_title_of_a_person_named_in_full_elsewhere(extract, text, role):
    assert [{k: f[k] for k in role} for f in extract(text) if f["type"] == "role"] == [role]


# role.met_or_visited: a generic head is never of the side he met, received or travelled to
MET_OR_VISITED = [
    ("Глава региона Александр Гусев провёл рабочую встречу с делегацией Могилёвской области. Губернатор Воронежской "
     "области отметил рост товарооборота.", "Александр Гусев", "RU-VOR"),
    ("Губернатор Воронежской области рассказал о планах. Глава региона Александр Гусев встретился с делегацией "
     "Могилёвской области.", "Александр Гусев", "RU-VOR"),
    ("Делегация Башкортостана прибыла в Могилёв. Глава республики Радий Хабиров провёл переговоры с председателем "
     "Могилёвского облисполкома.", "Радий Хабиров", "RU-BA"),
    # the text never says which republic he heads: no role rather than the city he visited
    ("Глава республики Радий Хабиров посетил Минск, где провёл переговоры с премьер-министром Беларуси.",
     "Радий Хабиров", None),
    # staff of a mission say whose mission it is, not a side that was met
    ("Губернатор Брянской области рассказал о товарообороте. Глава региона Александр Богомаз встретился с "
     "советником Посольства России в Беларуси Иваном Петровым.", "Александр Богомаз", "RU-BRY"),
]


@pytest.mark.parametrize("text,person,of", MET_OR_VISITED, ids=[c[0][:40] for c in MET_OR_VISITED])
def test_generic_head_is_not_of_the_side_met(extract, text, person, of):
    found = [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person]
    assert found == ([of] if of else [])


# role.met_by / role.met_in_their_country: the one met "с …" is not of the side that met him; met abroad, his post is
# the venue country's
MET_BY = [
    ("Премьер-министр Татарстана Алексей Песошин провёл переговоры с заместителем премьер-министра Ираклием "
     "Гарибашвили в Тбилиси.", "Ираклий Гарибашвили", "GE"),
    ("Губернатор Омской области Виталий Хоценко встретился с министром торговли Арманом Шаккалиевым в Астане.",
     "Арман Шаккалиев", "KZ"),
    ("Глава Чувашии Олег Николаев провёл встречу в Минске с министром промышленности Александром Ефимовым.",
     "Александр Ефимов", "BY"),
    ("Глава Чувашии Олег Николаев провёл встречу с заместителем премьер-министра Беларуси Виктором Каранкевичем.",
     "Виктор Каранкевич", "BY"),
]


@pytest.mark.parametrize("text,person,of", MET_BY, ids=[c[0][:40] for c in MET_BY])
def test_the_one_met_is_of_the_other_side(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# role.kind_word_fits: a generic word that names a kind of territory ("края", "области", "республики") prefers the
# side of that kind
KIND_WORD = [
    ("Алтайский край принимал делегацию Павлодарской области. Заседание открыл первый заместитель председателя "
     "правительства края Дмитрий Махонин.", "Дмитрий Махонин", "RU-ALT"),
    ("Делегация Хабаровского края прибыла в Гомельскую область. Гостей принял заместитель председателя облисполкома "
     "Иван Петров, а делегацию возглавил вице-губернатор края Олег Сидоров.", "Олег Сидоров", "RU-KHA"),
    ("Делегация Республики Башкортостан посетила Витебскую область. Переговоры провёл заместитель премьер-министра "
     "правительства республики Олег Петров.", "Олег Петров", "RU-BA"),
]


@pytest.mark.parametrize("text,person,of", KIND_WORD, ids=[c[0][:40] for c in KIND_WORD])
def test_generic_word_names_the_kind_of_territory(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


def test_city_word_names_no_kind(extract):
    """"мэр города": the official names of some cities hold "город" ("город Минск"); the word does not pick them."""
    text = ("В мэрии состоялась встреча руководства Мингорисполкома с делегацией китайского Харбина во главе с мэром "
            "города Ли Мином.")
    assert [f["of"] for f in extract(text) if f["type"] == "role"] == ["CN-HL/Харбин"]


# role.side_named_before: the nearest side named before a title, "с российской стороны" or the elliptical "с российской
# —", also over a generic word of the title
SIDE_BEFORE = [
    ("В Омске прошло заседание рабочей группы Омской и Павлодарской областей. С российской стороны заседание вёл "
     "заместитель губернатора области Иван Петров.", "Иван Петров", "RU-OMS"),
    ("Заседание рабочей группы Брестской и Смоленской областей прошло в Бресте. С белорусской стороны выступил "
     "заместитель председателя облисполкома Олег Петров, с российской — заместитель губернатора области Иван "
     "Сидоров.", "Иван Сидоров", "RU-SMO"),
    ("В Омске прошло заседание рабочей группы Омской и Павлодарской областей. С казахстанской стороны в нём "
     "участвовал заместитель акима области Ернат Нурсултанов.", "Ернат Нурсултанов", "KZ-55"),
]


@pytest.mark.parametrize("text,person,of", SIDE_BEFORE, ids=[c[0][80:120] for c in SIDE_BEFORE])
def test_side_named_before_the_title(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# a chain of one person's titles: the government post is the role, a joint body's post is not, and the first title
# of the chain lends its territory to no one ("Андрей Кузнецов, сопредседатель совета …, заместитель губернатора …")
TITLE_CHAINS = [
    ("Заседание провёл Иван Петров, руководитель белорусской части межправкомиссии, министр промышленности "
     "Республики Беларусь.", [{"person": "Иван Петров", "title": "министр промышленности", "of": "BY"}]),
    ("Выступил Андрей Кузнецов, сопредседатель совета делового сотрудничества, заместитель губернатора Тульской "
     "области.", [{"person": "Андрей Кузнецов", "title": "заместитель губернатора", "of": "RU-TUL"}]),
    ("Сопредседатель комиссии от российской стороны — министр экономического развития Новгородской области Елена "
     "Зайцева — открыла заседание.",
     [{"person": "Елена Зайцева", "title": "министр экономического развития", "of": "RU-NGR"}]),
    # counter-example: a joint body's post of a person with no government post stays a role
    ("Заседание вёл сопредседатель межправительственной комиссии Олег Сидоров.",
     [{"person": "Олег Сидоров", "of": "межправительственная комиссия"}]),
]


@pytest.mark.parametrize("text,expected", TITLE_CHAINS, ids=[c[0][:40] for c in TITLE_CHAINS])
def test_chain_of_titles(extract, text, expected):
    assert_facts(extract(text), "role", expected)


# "соответственно" with the names in brackets, before or after the word
RESPECTIVELY = [
    ("Договор скрепили подписями мэр Смоленска и председатель Оршанского райисполкома (соответственно Андрей "
     "Борисов и Олег Иванов).", [{"person": "Андрей Борисов", "of": "RU-SMO/Смоленск"},
                                 {"person": "Олег Иванов", "of": "BY-VI/Оршанский район"}]),
    ("Меморандум подписали губернатор Курганской области и аким Костанайской области (Вадим Шумков и Кумар "
     "Аксакалов соответственно).", [{"person": "Вадим Шумков", "of": "RU-KGN"}, {"person": "Кумар Аксакалов", "of": "KZ-39"}]),
    ("Подписи поставили председатель Витебского облисполкома и губернатор Псковской области: Александр Субботин и "
     "Михаил Ведерников соответственно.", [{"person": "Александр Субботин", "of": "BY-VI"},
                                          {"person": "Михаил Ведерников", "of": "RU-PSK"}]),
]


@pytest.mark.parametrize("text,expected", RESPECTIVELY, ids=[c[0][:40] for c in RESPECTIVELY])
def test_titles_given_out_respectively(extract, text, expected):
    assert_facts(extract(text), "role", expected)


# "Мэр столицы X": the generic word goes to `of`, the title is the post
CAPITAL_TITLES = [
    ("Делегация Минска посетила Новосибирск. Мэр столицы Владимир Кухарев провёл переговоры.", "мэр", "BY-HM"),
    ("Делегация Астаны прибыла в Казань. Аким столицы Казахстана Жениса Касымбек встретил гостей.", "аким", "KZ-71"),
    ("Глава столицы Татарстана Ильсур Метшин принял делегацию Гродно.", "глава", "RU-TA/Казань"),
]


@pytest.mark.parametrize("text,title,of", CAPITAL_TITLES, ids=[c[0][:40] for c in CAPITAL_TITLES])
def test_capital_word_left_out_of_the_title(extract, text, title, of):
    assert [(f["title"], f["of"]) for f in extract(text) if f["type"] == "role"] == [(title, of)]


# a bare title resolved to the right side from what the document names (HELDOUT class 1)
BARE_TITLES = [
    # role.region_of_city: only a city of the region is named
    ("Российско-белорусские переговоры прошли в Вологде. Заместитель губернатора области Андрей Накрошаев выступил "
     "с докладом.", "Андрей Накрошаев", "RU-VLG"),
    ("Делегация из Бреста работала в Туле. Вице-губернатор области Олег Петров показал гостям завод.",
     "Олег Петров", "RU-TUL"),
    ("Минские предприниматели побывали в Казани. Заместитель премьер-министра республики Олег Коробченко рассказал "
     "о проектах.", "Олег Коробченко", "RU-TA"),
    # role.headed_by_another: the territory already has its head, named as someone else
    ("Делегация Гродненской области во главе с председателем облисполкома Юрием Караевым прибыла в Калининград. "
     "Глава региона Антон Алиханов провёл с гостями переговоры.", "Антон Алиханов", "RU-KGD"),
    ("Губернатор Омской области Виталий Хоценко прилетел в Павлодар. Глава региона Асаин Байханов встретил гостей "
     "в аэропорту.", "Асаин Байханов", "KZ-55"),
    ("Председатель Могилёвского облисполкома Анатолий Исаченко принял делегацию из Хабаровска. Глава края Дмитрий "
     "Демешин поблагодарил за приём.", "Дмитрий Демешин", "RU-KHA"),
    # role.met_or_visited: where he received the guests is his own territory
    ("Хоким области Эркинжон Турдимов принял в Самарканде делегацию Пензенской области.", "Эркинжон Турдимов",
     "UZ-SA"),
    ("Аким области Кумар Аксакалов встретился в Костанае с делегацией Курганской области.", "Кумар Аксакалов",
     "KZ-39"),
    # role.met_in_their_country: the one met where the trip went
    ("В ходе визита в Бишкек губернатор Свердловской области Евгений Куйвашев встретился с премьер-министром "
     "Акылбеком Жапаровым.", "Акылбек Жапаров", "KG"),
    ("Во время поездки в Ереван губернатор Самарской области провёл переговоры с вице-премьером Мгером Григоряном.",
     "Мгер Григорян", "AM"),
    # role.government_of_country: a government's post beside a city of a country whose regions have no government
    ("Делегация Ульяновской области посетила Ташкент. Гостей принял заместитель премьер-министра Жамшид Ходжаев.",
     "Жамшид Ходжаев", "UZ"),
    ("Делегация Омской области прибыла в Астану. С гостями встретился вице-премьер Серик Жумангарин.",
     "Серик Жумангарин", "KZ"),
    ("Губернатор Тверской области побывал в Минске. Гостя принял премьер-министр Роман Головченко.",
     "Роман Головченко", "BY"),
]


@pytest.mark.parametrize("text,person,of", BARE_TITLES, ids=[c[1] for c in BARE_TITLES])
def test_bare_title_resolved_from_the_document(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# counter-examples: a Russian republic's government is its own; the visitor's own territory stays his
BARE_TITLES_KEPT = [
    ("Делегация Минской области прибыла в Казань. Гостей принял премьер-министр Татарстана Алексей Песошин.",
     "Алексей Песошин", "RU-TA"),
    ("Глава Удмуртии Александр Бречалов прилетел в Минск и провёл переговоры с премьер-министром.",
     "Александр Бречалов", "RU-UD"),
    ("Губернатор Омской области Виталий Хоценко встретился в Омске с акимом Павлодарской области.",
     "Виталий Хоценко", "RU-OMS"),
]


@pytest.mark.parametrize("text,person,of", BARE_TITLES_KEPT, ids=[c[1] for c in BARE_TITLES_KEPT])
def test_bare_title_counter_examples(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# the names first, then "соответственно" and the titles in the same order (holders._names_then_respectively)
NAMES_THEN_TITLES = [
    ("Соглашение подписали Илья Беспалов и Александр Шевко — соответственно мэр Тулы и председатель Бобруйского "
     "горисполкома.", [{"person": "Илья Беспалов", "of": "RU-TUL/Тула"},
                       {"person": "Александр Шевко", "of": "BY-MA/Бобруйск"}]),
    ("Документ скрепили подписями Виктор Лозовик и Олег Баринов, соответственно руководители Гомельской и Калужской "
     "областей.", [{"person": "Виктор Лозовик", "of": "BY-HO"}, {"person": "Олег Баринов", "of": "RU-KLU"}]),
    ("Меморандум подписали Кумар Аксакалов и Вадим Шумков: соответственно аким Костанайской области и губернатор "
     "Курганской области.", [{"person": "Кумар Аксакалов", "of": "KZ-39"}, {"person": "Вадим Шумков", "of": "RU-KGN"}]),
]


@pytest.mark.parametrize("text,expected", NAMES_THEN_TITLES, ids=[c[0][:40] for c in NAMES_THEN_TITLES])
def test_names_then_titles_respectively(extract, text, expected):
    assert_facts(extract(text), "role", expected)


# "Иван Петров, занимающий пост …", "являющийся …": the post of the name before the comma
HOLDING_A_POST = [
    ("Иван Петров, занимающий пост заместителя председателя Гомельского облисполкома, рассказал о планах.",
     "Иван Петров", "заместитель председателя облисполкома", "BY-HO"),
    ("Олег Сидоров, являющийся председателем Витебского облисполкома, открыл выставку.",
     "Олег Сидоров", "председатель облисполкома", "BY-VI"),
    ("Выступил Андрей Петров, занимающий должность мэра Смоленска.", "Андрей Петров", "мэр", "RU-SMO/Смоленск"),
]


@pytest.mark.parametrize("text,person,title,of", HOLDING_A_POST, ids=[c[1] for c in HOLDING_A_POST])
def test_post_held_after_the_name(extract, text, person, title, of):
    assert [(f["title"], f["of"]) for f in extract(text) if f["type"] == "role" and f["person"] == person] == [(title, of)]


# role.delegation_member: a member of a delegation holds a post of its territory
DELEGATION_MEMBERS = [
    ("Аким Северо-Казахстанской области провёл встречу с губернатором Тюменской области. В составе тюменской "
     "делегации – заместитель губернатора Вячеслав Вахрин.", "Вячеслав Вахрин", "RU-TYU"),
    ("Переговоры прошли в Гомеле. В составе делегации Брянской области был министр промышленности Олег Петров.",
     "Олег Петров", "RU-BRY"),
    ("Губернатор Курской области встретился с председателем облисполкома. В составе белорусской делегации — "
     "заместитель министра Иван Сидоров.", "Иван Сидоров", "BY"),
]


@pytest.mark.parametrize("text,person,of", DELEGATION_MEMBERS, ids=[c[1] for c in DELEGATION_MEMBERS])
def test_delegation_member(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


def test_district_the_gazetteer_does_not_know_gives_no_role(extract):
    """"глава администрации Рославльского района" with no region named: no `of` to give, so no role (a "?/…" place
    is no ID of FACTS); the other signatory's role stays."""
    text = ("Председатель Оршанского райисполкома Олег Петров и глава администрации Рославльского района Валерий Ильин "
            "подписали соглашение.")
    assert [(f["person"], f["of"]) for f in extract(text) if f["type"] == "role"] == [
        ("Олег Петров", "BY-VI/Оршанский район")]


# role.host_country: a country's generic head, the sides named by regions and cities only
HOST_COUNTRY = [
    ("Губернатор Пензенской области Олег Мельниченко прибыл в Ташкент. Глава государства Шавкат Мирзиёев принял "
     "российскую делегацию.", "Шавкат Мирзиёев", "UZ"),
    ("Делегация Кемеровской области побывала в Минске. Президент страны Александр Лукашенко отметил вклад Кузбасса "
     "в торговлю.", "Александр Лукашенко", "BY"),
    ("Переговоры губернатора Омской области и акима Павлодарской области прошли в Павлодаре. Президент страны "
     "Касым-Жомарт Токаев направил участникам приветствие.", "Касым-Жомарт Токаев", "KZ"),
]


@pytest.mark.parametrize("text,person,of", HOST_COUNTRY, ids=[c[1] for c in HOST_COUNTRY])
def test_country_head_of_the_host(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# role.same_title_elsewhere: a deputy's post ("вице-премьер", "вице-губернатор") is of the one territory whose head
# of that post the document names
DEPUTY_OF_THE_NAMED = [
    ("Премьер-министр правительства Башкирии Андрей Назаров утвердил состав рабочей группы по сотрудничеству с "
     "Татарстаном. Контроль возложен на вице-премьера Рустама Муратова.", "Рустам Муратов", "RU-BA"),
    ("Губернатор Курской области Роман Старовойт встретился с председателем Гомельского облисполкома. В переговорах "
     "участвовал вице-губернатор Андрей Белостоцкий.", "Андрей Белостоцкий", "RU-KRS"),
    ("Премьер-министр Беларуси Роман Головченко принял делегацию Татарстана и Башкортостана. В беседе участвовал "
     "вице-премьер Виктор Каранкевич.", "Виктор Каранкевич", "BY"),
]


@pytest.mark.parametrize("text,person,of", DEPUTY_OF_THE_NAMED, ids=[c[1] for c in DEPUTY_OF_THE_NAMED])
def test_deputy_of_the_named_head(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# role.generic_level_lost: "глава района" is a district's head; a region named nearest is not his
GENERIC_LEVEL = [
    "Делегация Брестской области посетила Тульскую область. Глава района Олег Петров рассказал о предприятиях.",
    "Игорь Лысенко принял делегацию Брестской области в Сосновском районе. Глава района рассказал о предприятиях.",
    "Гродненская делегация прибыла в Калужскую область. Мэр города Иван Сидоров показал гостям завод.",
]


@pytest.mark.parametrize("text", GENERIC_LEVEL, ids=[t[:40] for t in GENERIC_LEVEL])
def test_generic_level_not_taken_from_another_level(extract, text):
    assert not [f for f in extract(text) if f["type"] == "role" and f["of"] in ("BY-BR", "RU-TUL", "BY-HR", "RU-KLU")]


def test_generic_level_counter_example(extract):
    """The district named before the generic word is its head's."""
    text = "Делегация Брестской области посетила Ясногорский район. Глава района Олег Петров рассказал о предприятиях."
    assert [f["of"] for f in extract(text) if f["type"] == "role"] == ["RU-TUL/Ясногорский район"]


# titles.py _scope + role._governors_post: a deputy, aide or adviser of a governor holds a post of the governor's
# territory, so a governor's rules place it (never a Belarusian or Kazakh region)
DEPUTY_OF_GOVERNOR = [
    ("Председатель Гомельского облисполкома Иван Крупко встретился с брянской делегацией. Заместитель губернатора "
     "Николай Симоненко рассказал о поставках.", "Николай Симоненко", "RU-BRY"),
    ("Аким Павлодарской области встретился с делегацией Омской области. Помощник губернатора Ирина Соколова "
     "рассказала о выставке.", "Ирина Соколова", "RU-OMS"),
    ("Хоким Навоийской области встретился с делегацией Ульяновской области. Советник губернатора Павел Ильин "
     "отметил рост торговли.", "Павел Ильин", "RU-ULY"),
    ("В ходе переговоров администрация Краснодарского края и Минский облисполком подписали план. Заместитель "
     "губернатора Анна Минькова и первый заместитель председателя облисполкома Игорь Карпенко курируют работу "
     "комиссии.", "Анна Минькова", "RU-KDA"),
]


@pytest.mark.parametrize("text,person,of", DEPUTY_OF_GOVERNOR, ids=[c[1] for c in DEPUTY_OF_GOVERNOR])
def test_deputy_of_governor_is_of_the_governors_region(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# role.side_named_before: "с российской стороны … губернатор …" names the camp, not the territory of the post
SIDE_THEN_BARE_TITLE = [
    ("В рамках форума Нижегородская и Витебская области подписали дорожную карту. С российской стороны документ "
     "подписал губернатор Глеб Никитин, с белорусской — председатель облисполкома Александр Субботин.",
     {"Глеб Никитин": "RU-NIZ", "Александр Субботин": "BY-VI"}),
    ("Омская и Павлодарская области подписали меморандум. С казахстанской стороны его подписал аким Асаин Байханов, "
     "с российской — губернатор Виталий Хоценко.", {"Асаин Байханов": "KZ-55", "Виталий Хоценко": "RU-OMS"}),
]


@pytest.mark.parametrize("text,roles", SIDE_THEN_BARE_TITLE, ids=["nizhny", "omsk"])
def test_side_before_a_bare_title_names_the_camp(extract, text, roles):
    assert {f["person"]: f["of"] for f in extract(text) if f["type"] == "role"} == roles


# role.headed_by_another asked at the title's level: the governor of the host city's region does not make
# "глава города" the guest city's head
CITY_HEAD_OF_HOST = [
    ("Мэр Бишкека Айбек Джунушалиев находится с визитом в Екатеринбурге. В мэрии его принял глава города Алексей "
     "Орлов. Гость также встретился с губернатором Свердловской области Денисом Паслером.",
     "Алексей Орлов", "RU-SVE/Екатеринбург"),
    ("Аким Павлодара Асхат Шахаров прибыл в Омск. В мэрии его принял глава города Сергей Шелест. Гость также "
     "встретился с губернатором Омской области Виталием Хоценко.", "Сергей Шелест", "RU-OMS/Омск"),
    ("Председатель Гомельского горисполкома Владимир Привалов прибыл в Брянск. Гостей принял глава города Марина "
     "Дбар. Затем делегация встретилась с губернатором Брянской области Александром Богомазом.",
     "Марина Дбар", "RU-BRY/Брянск"),
]


@pytest.mark.parametrize("text,person,of", CITY_HEAD_OF_HOST, ids=["ekb", "omsk", "bryansk"])
def test_city_head_is_the_hosts(extract, text, person, of):
    assert [f["of"] for f in extract(text) if f["type"] == "role" and f["person"] == person] == [of]


# holders._bind_before over "ныне", ", а ныне": the current post after a name (class 16 of the held-out errors)
NOW_HOLDS = [
    ("В переговорах участвовал Иван Петров, бывший мэр Гродно, а ныне председатель Гродненского облисполкома.",
     [("Иван Петров", "председатель облисполкома", "BY-HR")]),
    ("Бывший посол Беларуси в России Дмитрий Крутой, ныне глава Администрации Президента Беларуси, встретился с "
     "губернатором Брянской области.", [("Дмитрий Крутой", "глава администрации президента", "BY")]),
    ("Иван Петров, сейчас заместитель губернатора Смоленской области, рассказал о поставках.",
     [("Иван Петров", "заместитель губернатора", "RU-SMO")]),
]


@pytest.mark.parametrize("text,roles", NOW_HOLDS, ids=["grodno", "krutoy", "smolensk"])
def test_current_post_after_now(extract, text, roles):
    assert [(f["person"], f["title"], f["of"]) for f in extract(text) if f["type"] == "role"] == roles


# titles._fused_body: a body fused with its territory's name keeps the body's part in the title
FUSED_BODY = [
    ("Председатель Мингорисполкома Владимир Кухарев встретился с мэром Казани.",
     ("Владимир Кухарев", "председатель горисполкома", "BY-HM")),
    ("Председатель Миноблисполкома Александр Турчин посетил Казань.",
     ("Александр Турчин", "председатель облисполкома", "BY-MI")),
    ("Заместитель председателя Мингорисполкома Артур Карпович провёл переговоры с делегацией Казани.",
     ("Артур Карпович", "заместитель председателя горисполкома", "BY-HM")),
]


@pytest.mark.parametrize("text,role", FUSED_BODY, ids=["gor", "obl", "deputy"])
def test_fused_body_stays_in_the_title(extract, text, role):
    assert role in [(f["person"], f["title"], f["of"]) for f in extract(text) if f["type"] == "role"]


# titles: a consulate's seat (a city or region after "в") is a name left out of the title; the country an ambassador
# is accredited to stays ("посол в россии", as FACTS writes it)
SEAT_LEFT_OUT = [
    ("В переговорах принял участие генеральный консул КНР в Хабаровске Чжан Вэй.",
     {"person": "Чжан Вэй", "title": "генеральный консул", "of": "CN"}),
    ("Генеральный консул Республики Узбекистан в городе Казани Рустам Ахмедов принял участие в заседании.",
     {"person": "Рустам Ахмедов", "title": "генеральный консул", "of": "UZ"}),
    ("Консул Беларуси в Новосибирской области Иван Петров рассказал о планах.",
     {"person": "Иван Петров", "title": "консул", "of": "BY"}),
    ("Посол Беларуси в России Дмитрий Крутой посетил Казань.",
     {"person": "Дмитрий Крутой", "title": "посол в россии", "of": "BY"}),
]


@pytest.mark.parametrize("text,role", SEAT_LEFT_OUT)
def test_consulate_seat_left_out_of_the_title(extract, text, role):
    got = [{k: f[k] for k in ("person", "title", "of")} for f in of_type(extract(text), "role")]
    assert got == [role], got


# titles: "в Сибирском федеральном округе" is the area a post covers — the name follows it, and the post is Russia's
FEDERAL_AREA = [
    ("Полномочный представитель Президента в Сибирском федеральном округе Анатолий Серышев направил приветствие.",
     {"person": "Анатолий Серышев", "title": "полномочный представитель президента", "of": "RU"}),
    ("Экс-губернатор края, а ныне полпред Президента в Приволжском федеральном округе Игорь Комаров посетил выставку.",
     {"person": "Игорь Комаров", "title": "полпред президента", "of": "RU"}),
    ("На форуме выступил заместитель полномочного представителя Президента в Уральском федеральном округе Иван "
     "Петров.", {"person": "Иван Петров", "title": "заместитель полномочного представителя президента", "of": "RU"}),
]


@pytest.mark.parametrize("text,role", FEDERAL_AREA)
def test_post_over_a_federal_area(extract, text, role):
    got = [{k: f[k] for k in ("person", "title", "of")} for f in of_type(extract(text), "role")]
    assert got == [role], got


# the side a person represents or leads, named right before as the verb's object, is his post's side; a post inside
# the title that exists in one country only ("заместитель акима") is that country's
SIDE_REPRESENTED = [
    ("Омскую делегацию возглавил первый заместитель губернатора Валерий Бойко, казахстанскую сторону представлял "
     "заместитель акима области Ерлан Сапаров.", {"person": "Ерлан Сапаров", "of": "KZ-55"},
     "Заседание рабочей группы Омской и Павлодарской областей прошло в Павлодаре."),
    ("Белорусскую сторону представлял заместитель председателя облисполкома Игорь Лобан.",
     {"person": "Игорь Лобан", "of": "BY-MA"}, "Брянская и Могилёвская области провели заседание совета."),
    ("Российскую делегацию возглавил заместитель губернатора Андрей Котов, узбекскую сторону представлял первый "
     "заместитель хокима области Бахтиёр Рахимов.", {"person": "Бахтиёр Рахимов", "of": "UZ-SA"},
     "Переговоры Самарской и Самаркандской областей прошли в Самарканде."),
    ("Российскую сторону представлял заместитель губернатора Андрей Котов.",
     {"person": "Андрей Котов", "of": "RU-SAM"}, "Переговоры Самарской и Самаркандской областей прошли в Самарканде."),
    # a post that fits both sides: only the represented side tells
    ("Омскую делегацию возглавил заместитель председателя правительства Омской области Валерий Бойко, казахстанскую "
     "сторону представлял руководитель управления сельского хозяйства области Марат Ахметов.",
     {"person": "Марат Ахметов", "of": "KZ-55"},
     "В Омске прошло заседание рабочей группы Омской и Павлодарской областей."),
    ("Белорусскую сторону представлял министр сельского хозяйства Иван Петров.", {"person": "Иван Петров", "of": "BY"},
     "Губернатор Курской области встретился с белорусской делегацией."),
]


@pytest.mark.parametrize("text,role,before", SIDE_REPRESENTED, ids=["omsk", "mogilev", "samarkand", "samara", "omsk_both", "kursk"])
def test_side_represented_names_the_post(extract, text, role, before):
    got = [{k: f[k] for k in ("person", "of")} for f in of_type(extract(before + " " + text), "role")]
    assert role in got, got


# who receives guests is not of the guests' side: the guests are named with them or are the delegation told before
RECEIVED_GUESTS = [
    ("Делегация китайской провинции Хэнань находится с визитом в Воронежской области. 18 июня гостей принял "
     "губернатор Александр Гусев.", {"person": "Александр Гусев", "of": "RU-VOR"}),
    ("Делегация Могилёвской области работает в Калужской области. Гостей принял губернатор Владислав Шапша.",
     {"person": "Владислав Шапша", "of": "RU-KLU"}),
    ("Губернатор провинции Хэйлунцзян Лян Хуэйлин прибыла в Хабаровский край. Делегацию встретил губернатор "
     "Дмитрий Демешин.", {"person": "Дмитрий Демешин", "of": "RU-KHA"}),
    ("Представители провинции Ганьсу посетили Новосибирскую область. Гостей из Китая приветствовал губернатор "
     "Андрей Травников.", {"person": "Андрей Травников", "of": "RU-NVS"}),
    # the guests named earlier in the same sentence
    ("Губернатор Вологодской области встретился с председателем Витебского облисполкома. Белорусская делегация "
     "также побывала в Череповце, где гостей принял мэр города Вадим Германов.",
     {"person": "Вадим Германов", "of": "RU-VLG/Череповец"}),
]


@pytest.mark.parametrize("text,role", RECEIVED_GUESTS, ids=["voronezh", "kaluga", "khabarovsk", "novosibirsk", "cherepovets"])
def test_host_of_the_guests_is_of_the_other_side(extract, text, role):
    got = [{k: f[k] for k in ("person", "of")} for f in of_type(extract(text), "role")]
    assert role in got, got


def test_guests_received_by_their_own_delegation_head_counter_example(extract):
    # the one who received is the guests' side when he is named with a territory of his own: the rule only takes
    # the guests' camp away from a title that names none
    text = ("Делегация Хэнани находится в Воронеже. Гостей принял губернатор Воронежской области Александр Гусев. "
            "Вице-губернатор провинции Хэнань Сунь Шоуган поблагодарил за приём.")
    got = {f["person"]: f["of"] for f in of_type(extract(text), "role")}
    assert got.get("Александр Гусев") == "RU-VOR" and got.get("Сунь Шоуган") == "CN-HA", got


# titles: "городского округа город Уфа" is a municipality's official name — the city goes to `of`, no words of it stay
MUNICIPALITY_NAMED = [
    ("Мэр Бишкека Айбек Джунушалиев и глава Администрации городского округа город Уфа Ратмир Мавлиев подписали "
     "соглашение.", {"person": "Ратмир Мавлиев", "title": "глава администрации", "of": "RU-BA/Уфа"}),
    ("Глава городского округа город Стерлитамак Рафаэль Абрахимов встретился с делегацией.",
     {"person": "Рафаэль Абрахимов", "title": "глава", "of": "RU-BA/Стерлитамак"}),
    ("Глава Администрации городского округа город Уфа Республики Башкортостан Ратмир Мавлиев встретился с "
     "делегацией.", {"person": "Ратмир Мавлиев", "title": "глава администрации", "of": "RU-BA/Уфа"}),
]


@pytest.mark.parametrize("text,role", MUNICIPALITY_NAMED, ids=["ufa", "sterlitamak", "ufa_region"])
def test_municipality_named_after_its_kind(extract, text, role):
    got = [{k: f[k] for k in ("person", "title", "of")} for f in of_type(extract(text), "role")]
    assert role in got, got


# role.envoy_in_own_region: a country's plenipotentiary in one of its own regions heads that region (Kyrgyzstan's
# oblasts); an envoy in another country's city stays his country's
ENVOY_IN_OWN_REGION = [
    ("Полномочный представитель Правительства Кыргызской Республики в Иссык-Кульской области Кубанычбек Жолдошев и мэр "
     "Новосибирска Максим Кудрявцев подписали меморандум о сотрудничестве.", ("Кубанычбек Жолдошев", "KG-Y")),
    ("Делегацию принял полпред Правительства Кыргызстана в Чуйской области Алмаз Ахматов.", ("Алмаз Ахматов", "KG-C")),
    ("Полномочный представитель Президента Кыргызской Республики в Ошской области Жыргалбек Турдубаев встретился с "
     "губернатором.", ("Жыргалбек Турдубаев", "KG-O")),
    ("Постоянный представитель Беларуси в Казани Иван Петров выступил.", ("Иван Петров", "BY")),
]


@pytest.mark.parametrize("text,role", ENVOY_IN_OWN_REGION, ids=["issyk_kul", "chui", "osh", "abroad"])
def test_envoy_in_own_region_heads_it(extract, text, role):
    got = [(f["person"], f["of"]) for f in of_type(extract(text), "role")]
    assert role in got, got


def test_envoy_memorandum_is_the_regions(extract):
    got = [f["parties"] for f in of_type(extract(ENVOY_IN_OWN_REGION[0][0]), "agreement")]
    assert got == [["KG-Y", "RU-NVS/Новосибирск"]], got


def test_ministry_representative_in_a_city_stays_the_countrys(extract):
    text = "В составе делегации был представитель МИД России в Нижнем Новгороде Сергей Малов."
    got = [(f["person"], f["of"]) for f in of_type(extract(text), "role")]
    assert got == [("Сергей Малов", "RU")], got


# role.host_of_those_guests: a title bound across sentences is not the post, of the guests' side, of their host
HOST_OF_GUESTS = [
    "Делегация Гродненской области во главе с председателем облисполкома Юрием Караевым прибыла в Астану. Затем гостей "
    "из Гродно принял Олжас Бектенов. Глава облисполкома также встретился с руководством торговой палаты.",
    "Делегация Витебской области прибыла в Ташкент. Гостей из Витебска принял Абдулла Арипов. Председатель "
    "облисполкома рассказал о белорусской технике.",
    "Губернатор Омской области прибыл в Павлодар. Омичей принял Асаин Байханов. Позже губернатор посетил "
    "Экибастуз.",
]


@pytest.mark.parametrize("text", HOST_OF_GUESTS, ids=["astana", "tashkent", "pavlodar"])
def test_host_holds_no_post_of_the_guests(extract, text):
    got = {f["person"]: f["of"] for f in of_type(extract(text), "role")}
    hosts = {"Олжас Бектенов", "Абдулла Арипов", "Асаин Байханов"}
    assert not hosts & got.keys(), got


def test_title_of_the_host_himself_stays(extract):
    # the title is of the host's own side: his
    text = "Делегация Гродненской области прибыла в Калининград. Гостей принял Алексей Беспрозванных. Губернатор " \
           "Калининградской области рассказал о портах."
    got = {f["person"]: f["of"] for f in of_type(extract(text), "role")}
    assert got.get("Алексей Беспрозванных") == "RU-KGD", got
