"""visit rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts, of_type

CASES = [
    # "который находится … с визитом": the person it refers to travelled, not the subject
    ("Глава Республики Мордовия Артём Здунов провел рабочую встречу с председателем Гродненского облисполкома "
     "Юрием Караевым, который находится в Саранске с рабочим визитом.",
     [{"visitor": "BY-HR", "host": "RU-MO", "head": "Юрий Караев"}]),
    # "делегация района": the district of the side that travelled
    ("Стародорожский район Минской области и Рыбно-Слободский муниципальный район Республики Татарстан "
     "подписали соглашение о сотрудничестве. Делегация района находилась в Татарстане с 28 февраля по 2 марта.",
     [{"visitor": "BY-MI/Стародорожский район", "host": "RU-TA"}]),
    # the place visited before the verb, the visitor after it; "в России" is where the post is
    ("На прошлой неделе Тюменскую область с официальным визитом посетил посол Узбекистана в России "
     "Ботиржон Асадов.",
     [{"visitor": "UZ", "host": "RU-TYU", "head": "Ботиржон Асадов"}]),
    # where he was is not said: no trip
    ("На выставке побывал губернатор Орловской области Андрей Клычков.", []),
    # the headline's city and the body's country are one trip; who received it decides the host
    ("Самарская делегация прибыла в Минск\n\nС официальным визитом в Беларуси находится делегация Самарской "
     "области во главе с губернатором Вячеславом Федорищевым. Его принял Премьер-министр Беларуси Александр "
     "Турчин.",
     [{"visitor": "RU-SAM", "host": "BY", "head": "Вячеслав Федорищев"}]),
    ("Делегация Курской области во главе с губернатором Романом Старовойтом прибыла в Беларусь.",
     [{"visitor": "RU-KRS", "host": "BY", "head": "Роман Старовойт"}]),
    ("Президент Белоруссии Александр Лукашенко прибыл в Казань, где его встретил Раис Татарстана "
     "Рустам Минниханов.",
     [{"visitor": "BY", "host": "RU-TA", "head": "Александр Лукашенко"}]),
    ("Омская делегация находится с рабочим визитом в Витебске.",
     [{"visitor": "RU-OMS", "host": "BY-VI/Витебск"}]),
    # the traveller is the subject, not the host named after the trip
    ("Мэр Ярославля Артем Молчанов в ходе рабочего визита в Витебск встретился с председателем Витебского "
     "горисполкома Евгением Николаевым.",
     [{"visitor": "RU-YAR/Ярославль", "host": "BY-VI/Витебск", "head": "Артем Молчанов"}]),
    # the hosts named, the guests are the other side
    ("Делегация Самаркандской области Узбекистана находится с визитом в Татарстане. В Доме Правительства РТ "
     "делегацию принял Раис Татарстана Рустам Минниханов.",
     [{"visitor": "UZ-SA", "host": "RU-TA"}]),
    # an official of one side who "находился" in a place of the other was on a trip there; a diplomat posted there,
    # or an official at home, was not
    ("Председатель Миноблисполкома Александр Турчин находился в Ульяновске 22–23 мая 2023 года. Его принял "
     "губернатор Алексей Русских.",
     [{"visitor": "BY-MI", "host": "RU-ULY", "head": "Александр Турчин", "date": "2023-05-22"}]),
    ("Губернатор Омской области Виталий Хоценко на прошлой неделе находился в Павлодаре.",
     [{"visitor": "RU-OMS", "host": "KZ-55/Павлодар", "head": "Виталий Хоценко"}]),
    ("Глава Чувашии Олег Николаев в апреле находился в Витебске, где осмотрел предприятия.",
     [{"visitor": "RU-CU", "host": "BY-VI/Витебск", "head": "Олег Николаев"}]),
    ("Посол Беларуси Дмитрий Крутой, находящийся в Москве, поздравил казанцев с праздником.", []),
    ("Губернатор Омской области Виталий Хоценко находился в Омске, когда ему позвонил премьер-министр Беларуси.", []),
    # "Гостей возглавлял …": the delegation's head, as "Делегацию возглавлял …"
    ("Мэр Липецка Роман Ченцов принял делегацию Гродненского горисполкома. Гостей возглавлял заместитель "
     "председателя горисполкома Дмитрий Ковалев.",
     [{"visitor": "BY-HR/Гродно", "host": "RU-LIP/Липецк", "head": "Дмитрий Ковалев"}]),
    ("В Омск прибыли гости из Павлодарской области. Гостей возглавлял заместитель акима Ерлан Иманзаипов.",
     [{"visitor": "KZ-55", "host": "RU-OMS/Омск", "head": "Ерлан Иманзаипов"}]),
    ("Губернатор Псковской области принял делегацию Витебской области. Гостей возглавила заместитель председателя "
     "облисполкома Анна Петрова.", [{"visitor": "BY-VI", "host": "RU-PSK", "head": "Анна Петрова"}]),
    # visit.visitor_named_closer: the country in the headline, its region in the body: the region travelled
    ("Ульяновск принимает делегацию из Узбекистана\n\nВ ходе визита делегации Андижанской области в Ульяновскую "
     "область был подписан меморандум.", [{"visitor": "UZ-AN"}]),
    ("Делегация из Китая прибыла в Хабаровск\n\nДелегация провинции Хэйлунцзян находится с визитом в Хабаровском "
     "крае.", [{"visitor": "CN-HL"}]),
    ("Делегация Казахстана посетила Омск\n\nДелегация Павлодарской области во главе с заместителем акима "
     "прибыла в Омск.", [{"visitor": "KZ-55", "host": "RU-OMS/Омск"}]),
    ("Гости из Узбекистана побывали в Перми\n\nДелегация Ферганской области находилась в Пермском крае с 3 по 5 "
     "июня.", [{"visitor": "UZ-FA"}]),
    # ... not a town of the region: where some members come from
    ("Делегация Новосибирской области во главе с губернатором Андреем Травниковым работает в Беларуси. В её составе "
     "учёные из Кольцово.", [{"visitor": "RU-NVS", "host": "BY"}]),
    # visit.days_of_a_side: the days of one side held in another are its trip there; as a setting they are not
    ("С 22 по 25 мая 2025 года в Республике Беларусь проходят Дни Челябинской области. Южноуральскую делегацию "
     "возглавляет губернатор Алексей Текслер.",
     [{"visitor": "RU-CHE", "host": "BY", "head": "Алексей Текслер", "date": "2025-05-22"}]),
    ("В Минске открылась Неделя Татарстана.", [{"visitor": "RU-TA", "host": "BY-HM"}]),
    ("В Казани прошли Дни Беларуси.", [{"visitor": "BY", "host": "RU-TA/Казань"}]),
    ("Церемония прошла в Москве во время открытия Дней Гродненской области на ВДНХ.", []),
    ("Договор подписан в рамках Дней Башкортостана в Казахстане.", []),
    ("В июне в Минске пройдут Дни Татарстана.", []),
    # visit.frame_subject: the parser hangs the nominative title on the trip noun; it is the verb's subject
    ("В рамках официального визита в Республику Узбекистан Раис Татарстана Рустам Минниханов 15 апреля провел ряд "
     "встреч.", [{"visitor": "RU-TA", "host": "UZ", "head": "Рустам Минниханов"}]),
    ("В ходе рабочей поездки в Беларусь губернатор Брянской области Александр Богомаз посетил Гомель.",
     [{"visitor": "RU-BRY", "host": "BY", "head": "Александр Богомаз"}]),
    ("В рамках официального визита в Казахстан Глава Башкортостана Радий Хабиров провел переговоры с акимом "
     "Актюбинской области.", [{"visitor": "RU-BA", "host": "KZ-15", "head": "Радий Хабиров"}]),
    # ... or the title's name is the subject
    ("В ходе визита в Республику Узбекистан Раис Татарстана Рустам Минниханов посетил Самарканд.",
     [{"visitor": "RU-TA", "host": "UZ", "head": "Рустам Минниханов"}]),
    ("Во время визита в Казахстан губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области.",
     [{"visitor": "RU-OMS", "host": "KZ-55", "head": "Виталий Хоценко"}]),
    # visit.counted_delegations: a count of delegations sums up many trips, none of them told
    ("Губернатор Омской области рассказал об итогах года. В 2024 году Омск посетили 12 делегаций из Казахстана.", []),
    ("В прошлом году в Омске побывали более 30 делегаций из Казахстана.", []),
    ("Ежегодно Брестскую область посещают десятки делегаций российских регионов.", []),
    ("Делегация из 30 человек во главе с губернатором Омской области прибыла в Павлодар.",
     [{"visitor": "RU-OMS", "host": "KZ-55/Павлодар"}]),
    # a demonym inside a quoted name is a brand, not the people who travelled ("завод «Москвич»")
    ("Мэр Москвы Сергей Собянин и председатель Мингорисполкома Владимир Кухарев подписали программу. Кухарев "
     "посетил ряд предприятий Москвы, в том числе завод «Москвич».",
     [{"visitor": "BY-HM", "host": "RU-MOW", "head": "Владимир Кухарев"}]),
    ("Председатель Мингорисполкома Владимир Кухарев посетил завод «Москвич» и другие предприятия Москвы.",
     [{"visitor": "BY-HM", "host": "RU-MOW", "head": "Владимир Кухарев"}]),
    ("Губернатор Омской области Виталий Хоценко побывал в Витебске на фабрике «Витебчанка».",
     [{"visitor": "RU-OMS", "host": "BY-VI/Витебск", "head": "Виталий Хоценко"}]),
    # visitors at work in a place: a trip without a travel verb
    ("Официальная делегация Омской области работает в Казахстане с 3 по 5 июня.",
     [{"visitor": "RU-OMS", "host": "KZ"}]),
    ("Делегация, возглавляемая губернатором Псковской области, работает в Витебской области.",
     [{"visitor": "RU-PSK", "host": "BY-VI"}]),
    ("Третий день работы курян в Гомеле был посвящён промышленности.",
     [{"visitor": "RU-KRS", "host": "BY-HO/Гомель"}]),
    ("Делегация Курской области работает над проектом нового соглашения.", []),
    # where the trip went (accusative of direction) before where something else happened
    ("Губернатор принял участие в заседании, которое прошло в Ташкенте в рамках визита президента России Владимира "
     "Путина в Узбекистан.", [{"visitor": "RU", "host": "UZ"}]),
    ("Переговоры прошли в Гомеле в ходе поездки губернатора Брянской области в Беларусь.",
     [{"visitor": "RU-BRY", "host": "BY"}]),
    ("Соглашение подписано в Уральске во время визита губернатора Оренбургской области в Казахстан.",
     [{"visitor": "RU-ORE", "host": "KZ"}]),
    # ... but a receiving authority named as the place is the host
    ("Соглашение подписано в минской городской ратуше во время визита в Беларусь делегации из Казани.",
     [{"visitor": "RU-TA/Казань", "host": "BY-HM"}]),
    # the imperfective of a single past trip
    ("В начале июня в Пензу уже приезжала делегация Самаркандской области.",
     [{"visitor": "UZ-SA", "host": "RU-PNZ/Пенза"}]),
    ("Весной в Гомель прилетала делегация Брянской области.", [{"visitor": "RU-BRY", "host": "BY-HO/Гомель"}]),
    ("Делегации Курской области регулярно прилетают в Минск.", []),
    # the head named by a title whose holder the document names
    ("Мэр Еревана Айк Марутян открыл выставку. Делегация из Армении во главе с мэром Еревана прибыла в "
     "Санкт-Петербург.", [{"visitor": "AM-ER", "host": "RU-SPE", "head": "Айк Марутян"}]),
    ("Губернатор Астраханской области Александр Жилкин встретился с президентом. Астраханская делегация, "
     "возглавляемая губернатором, приняла участие в параде в Ашхабаде.",
     [{"visitor": "RU-AST", "head": "Александр Жилкин"}]),
    ("Аким Павлодарской области Асаин Байханов выступил на форуме. Павлодарская делегация во главе с акимом "
     "прибыла в Омск.", [{"visitor": "KZ-55", "host": "RU-OMS/Омск", "head": "Асаин Байханов"}]),
    # a member's mention of a trip told as led by someone else is that trip
    ("Президент России Владимир Путин прибыл с визитом в Узбекистан. Губернатор Пермского края Дмитрий Махонин "
     "находится в составе делегации.", [{"visitor": "RU", "host": "UZ", "head": "Владимир Путин"}]),
    ("Премьер-министр Беларуси прибыл в Казань. Председатель Брестского облисполкома находится в составе делегации.",
     [{"visitor": "BY", "host": "RU-TA/Казань"}]),
    # ... alone, it is the member's own trip
    ("Губернатор Ростовской области Василий Голубев прибыл во Вьетнам в составе делегации Совета Федерации.",
     [{"visitor": "RU-ROS", "host": "VN", "head": "Василий Голубев"}]),
    # a delegation received at a meeting or a reception came on a trip
    ("В мэрии состоялась встреча руководства Мингорисполкома с делегацией китайского Харбина.",
     [{"visitor": "CN-HL/Харбин", "host": "BY-HM"}]),
    ("Во время официального приёма монгольской делегации губернатор Забайкальского края обсудил поставки.",
     [{"visitor": "MN", "host": "RU-ZAB"}]),
    ("Переговоры губернатора Брянской области с делегацией Гомельской области прошли в Брянске.",
     [{"visitor": "BY-HO", "host": "RU-BRY"}]),
    # the side of the members of a delegation
    ("В Пензу приезжала делегация, в состав которой вошли представители самаркандского бизнеса.",
     [{"visitor": "UZ-SA", "host": "RU-PNZ/Пенза"}]),
    ("В Минск прибыла делегация, в составе которой представители омских вузов.",
     [{"visitor": "RU-OMS", "host": "BY-HM"}]),
    # delegations present in several places: one trip each; "наши" is the side quoted, not the one visited
    ("Губернатор Пензенской области Олег Мельниченко рассказал о связях с Узбекистаном. Наши делегации были в "
     "Самарканде, в Бухаре.",
     [{"visitor": "RU-PNZ", "host": "UZ-SA/Самарканд"}, {"visitor": "RU-PNZ", "host": "UZ-BU/Бухара"}]),
    ("Омские делегации побывали в Павлодаре и в Костанае.",
     [{"visitor": "RU-OMS", "host": "KZ-55/Павлодар"}, {"visitor": "RU-OMS", "host": "KZ-39/Костанай"}]),
    ("Аким Павлодарской области рассказал о связях с Россией. Наша делегация была в Омске.",
     [{"visitor": "KZ-55", "host": "RU-OMS/Омск"}]),
    # mentions of one trip on adjacent days are one trip
    ("6 июня делегация Харбина прибыла в Минск. Накануне, 5 июня, представители делегации Харбина посетили "
     "индустриальный парк под Минском.", [{"visitor": "CN-HL/Харбин", "host": "BY-HM"}]),
    # the host is the receiving authority, above or below the destination
    ("Губернатор Тверской области прилетел в Минск, где провёл переговоры с Президентом Республики Беларусь.",
     [{"visitor": "RU-TVE", "host": "BY"}]),
    ("Делегация Брестского облисполкома прибыла в Россию; в Смоленске её принял губернатор Смоленской области.",
     [{"visitor": "BY-BR", "host": "RU-SMO"}]),
    ("Аким Костанайской области прибыл в Москву, где его принял премьер-министр России.",
     [{"visitor": "KZ-39", "host": "RU"}]),
    # announced, not made
    ("Губернатор Орловской области Андрей Клычков посетит Брестскую область в июне.", []),
    ("Делегации казахстанских областей регулярно приезжают в Татарстан.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_visit(extract, text, expected):
    assert_facts(extract(text), "visit", expected)


def test_the_day_a_trip_ended_is_not_its_date(extract):
    facts = extract("Вчера завершился трехдневный визит делегации Гомельской области в Брянскую область.", "2025-01-15")
    assert_facts(facts, "visit", [{"visitor": "BY-HO", "host": "RU-BRY", "date": None}])


def test_past_trip_is_its_own_fact(extract):
    facts = extract("Раис Татарстана Рустам Минниханов прибыл в Астану. Годом ранее, в сентябре 2024 года, Минниханов также "
                    "посещал Астану.", published="2025-11-01")
    assert_facts(facts, "visit", [{"visitor": "RU-TA", "host": "KZ-71", "date": None},
                                  {"visitor": "RU-TA", "host": "KZ-71", "date": "2024-09"}])


# a return trip ("ответный визит") is a trip made, and the other side's earlier trip is one too,
# undated, unless the text tells it; the visitor may be the one who made it ("визит совершил …")
# or who speaks of "our" trip
RETURN_TRIPS = [
    ("„Это наш ответный визит“, — сказал в Туле председатель Оршанского райисполкома.",
     [("BY-VI/Оршанский район", "RU-TUL/Тула", None), ("RU-TUL/Тула", "BY-VI/Оршанский район", None)]),
    ("«Мы приехали с ответным визитом», — отметил в Казани председатель Минского облисполкома.",
     [("BY-MI", "RU-TA/Казань", None), ("RU-TA/Казань", "BY-MI", None)]),
    ("Ответный визит в Курск совершил председатель Гомельского облисполкома Иван Крупко.",
     [("BY-HO", "RU-KRS/Курск", "Иван Крупко"), ("RU-KRS/Курск", "BY-HO", None)]),
    # the first trip told: no second one made up
    ("В мае 2024 года делегация Калуги посетила Гродно. Делегация Гродненской области прибыла в Калугу "
     "с ответным визитом.", [("RU-KLU/Калуга", "BY-HR/Гродно", None), ("BY-HR", "RU-KLU/Калуга", None)]),
    # ... told as a trip to the district's town, or to another town of the visitor's region
    ("«Это наш ответный визит», — сказал в Туле председатель Оршанского райисполкома. В прошлом году тульская "
     "делегация побывала в Орше.", [("BY-VI/Оршанский район", "RU-TUL/Тула", None), ("RU-TUL/Тула", "BY-VI/Орша", None)]),
    ("Делегация Гродненской области прибыла в Калугу с ответным визитом. В мае делегация Калужской области побывала в "
     "Лиде.", [("BY-HR", "RU-KLU/Калуга", None), ("RU-KLU", "BY-HR", None)]),
    # speech about a trip that is not "ours", and a return trip only proposed
    ("«Это важный визит», — сказал в Туле губернатор Тульской области.", []),
    ("Губернатор Челябинской области предложил в рамках ответного визита делегации Челябинской области "
     "подписать соглашение с Самаркандской областью.", []),
]


@pytest.mark.parametrize("text,trips", RETURN_TRIPS, ids=[c[0][:40] for c in RETURN_TRIPS])
def test_return_trip(extract, text, trips):
    found = [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2025-06-02") if f["type"] == "visit"]
    assert sorted(found) == sorted(trips)


# "дважды посетил", "двукратный визит": one fact per trip
TIMES = [
    ("Президент Узбекистана Шавкат Мирзиёев дважды посетил Казань в прошлом году.", 2),
    ("Подтверждением служит двукратный визит президента Узбекистана Шавката Мирзиеева в республику Татарстан.", 2),
    ("Губернатор Омской области трижды приезжал в Павлодар.", 3),
    ("Губернатор Омской области приезжал в Павлодар.", 1),
]


@pytest.mark.parametrize("text,times", TIMES, ids=[c[0][:40] for c in TIMES])
def test_trips_made_several_times(extract, text, times):
    assert len([f for f in extract(text) if f["type"] == "visit"]) == times


# a trip noun names where it went with the kind of place between: "в республику Татарстан"
@pytest.mark.parametrize("text,host", [
    ("Визит президента Узбекистана в город Казань прошёл успешно.", "RU-TA/Казань"),
    ("Состоялся визит посла Беларуси в Республику Башкортостан.", "RU-BA"),
    ("Визит губернатора Омской области в Павлодарскую область завершился подписанием соглашения.", "KZ-55"),
])
def test_trip_noun_with_the_kind_of_place(extract, text, host):
    assert [f["host"] for f in extract(text) if f["type"] == "visit"] == [host]


# a trip to a country is received by the one official of the other side the next sentences name at
# talks; officials only commenting, or several regions, leave the country as host
RECEIVED_NEXT = [
    ("Губернатор Ростовской области Василий Голубев прибыл во Вьетнам. Об этом сообщила пресс-служба. Сегодня он "
     "провел переговоры с руководителем провинции Бариа-Вунгтау Нгуеном Ван Тхо.", "VN-43"),
    ("Губернатор Омской области прилетел в Казахстан. Там его принял аким Павлодарской области Асаин Байханов.",
     "KZ-55"),
    ("Делегация Курской области прибыла в Беларусь. Гостей принял председатель Гомельского облисполкома Иван "
     "Крупко.", "BY-HO"),
    ("Делегация Татарстана прибыла в Беларусь. Состоялись переговоры с председателями Минского и Гродненского "
     "облисполкомов.", "BY"),
    ("Орловская делегация находится в Республике Беларусь. Первый пункт визита – город Гомель. Председатель "
     "Гомельского облисполкома Иван Крупко прокомментировал подписанный документ.", "BY"),
]


@pytest.mark.parametrize("text,host", RECEIVED_NEXT, ids=[c[0][:40] for c in RECEIVED_NEXT])
def test_trip_to_a_country_received_next(extract, text, host):
    assert [f["host"] for f in extract(text) if f["type"] == "visit"] == [host]


# a trip inside the visitor's own country to an event with a foreign side is no visit between sides
@pytest.mark.parametrize("text,expected", [
    ("Делегация Пензенской области участвовала во втором заседании совета регионов России и Узбекистана в "
     "Москве.", []),
    ("Делегация Омской области прибыла в Москву на форум регионов России и Казахстана.", []),
    ("Губернатор Курской области прибыл в Санкт-Петербург на Форум регионов России и Беларуси.", []),
    ("Делегация Татарстана прибыла в Санкт-Петербург для переговоров с губернатором Санкт-Петербурга.",
     [("RU-TA", "RU-SPE")]),
])
def test_trip_at_home_to_an_international_event(extract, text, expected):
    assert [(f["visitor"], f["host"]) for f in extract(text) if f["type"] == "visit"] == expected


# officials of different territories travelling together made one trip each
SENDERS = [
    ("Гродно посетили мэр Пскова Александр Иванов и глава Псковского района Николай Лукин.",
     [("RU-PSK/Псков", "Александр Иванов"), ("RU-PSK/Псковский район", "Николай Лукин")]),
    ("В Минск прибыли губернатор Брянской области Александр Богомаз и губернатор Смоленской области Василий "
     "Анохин.", [("RU-BRY", "Александр Богомаз"), ("RU-SMO", "Василий Анохин")]),
    ("Павлодар посетили губернатор Омской области Виталий Хоценко и глава Новосибирской области Андрей "
     "Травников.", [("RU-OMS", "Виталий Хоценко"), ("RU-NVS", "Андрей Травников")]),
    # one territory's officials: one trip
    ("В Минск прибыли губернатор Брянской области Александр Богомаз и его заместитель Николай Петров.",
     [("RU-BRY", "Александр Богомаз")]),
]


@pytest.mark.parametrize("text,trips", SENDERS, ids=[c[0][:40] for c in SENDERS])
def test_one_trip_per_sending_territory(extract, text, trips):
    assert sorted((f["visitor"], f["head"]) for f in extract(text) if f["type"] == "visit") == sorted(trips)


# territories of one side listed before the trip word (or right after a trip noun): one trip each
LISTED_SENDERS = [
    ("Делегации Гомельской и Могилевской областей посетили Брянскую область.", ["BY-HO", "BY-MA"]),
    ("Делегации Витебской и Гродненской областей побывали в Смоленске.", ["BY-HR", "BY-VI"]),
    ("Губернаторы Курской, Брянской и Белгородской областей прибыли в Гомель.", ["RU-BEL", "RU-BRY", "RU-KRS"]),
    ("Визит делегаций Витебской и Гродненской областей в Смоленск завершился.", ["BY-HR", "BY-VI"]),
    # destinations listed before the verb are not senders
    ("В Гродно и Минске побывала делегация Брянской области.", ["RU-BRY"]),
]


@pytest.mark.parametrize("text,visitors", LISTED_SENDERS, ids=[c[0][:40] for c in LISTED_SENDERS])
def test_one_trip_per_listed_sender(extract, text, visitors):
    assert sorted(f["visitor"] for f in extract(text) if f["type"] == "visit") == visitors


# a participle of the trip qualifies the traveller (also when the tagger reads a capitalised participle
# as a name); his title gives the side, his name the head
PARTICIPLES = [
    ("Прибывшего в Гродно губернатора Псковской области встретил председатель облисполкома Юрий Караев.",
     {"visitor": "RU-PSK", "host": "BY-HR"}),
    ("Приехавшую в Омск делегацию Павлодарской области приветствовал губернатор.",
     {"visitor": "KZ-55"}),
    ("Посетившего Минск главу Башкортостана Радия Хабирова принял премьер-министр Беларуси Роман Головченко.",
     {"visitor": "RU-BA", "host": "BY", "head": "Радий Хабиров"}),
]


@pytest.mark.parametrize("text,visit", PARTICIPLES)
def test_traveller_given_by_a_participle(extract, text, visit):
    assert_facts(extract(text), "visit", [visit])


# the destination inside the partner named with the visitor after "между": the partner received them;
# a forum of two countries in a city keeps the city's level
PARTNER_NAMED = [
    ("Делегация Амурской области работала в Минске на заседании рабочей группы между Амурской областью и "
     "Республикой Беларусь.", "BY"),
    ("Итогом работы омичей в Астане стало заседание совета между Омской областью и Республикой Казахстан.", "KZ"),
    ("Делегация Гомельской области побывала в Брянске, где прошли переговоры между Гомельской областью и "
     "Российской Федерацией.", "RU"),
    ("Делегация Саратовской области работает на Форуме межрегионального сотрудничества России и Казахстана, "
     "который проходит в Уральске.", "KZ-27/Уральск"),
]


@pytest.mark.parametrize("text,host", PARTNER_NAMED)
def test_host_is_the_partner_named_with_the_visitor(extract, text, host):
    visits = [f for f in extract(text) if f["type"] == "visit"]
    assert [v["host"] for v in visits] == [host]


# a trip to a city, received in the next sentences by the head of the city's region: that region hosts it
CITY_RECEIVED_NEXT = [
    ("10 марта делегация Омской области прибыла в Павлодар. В тот же день состоялись переговоры губернатора "
     "Омской области и акима Павлодарской области.", "KZ-55"),
    ("Делегация Брянской области прибыла в Гомель. Там ее принял председатель Гомельского облисполкома Иван Крупко.",
     "BY-HO"),
    ("Губернатор Курганской области прибыл в Костанай. Он провел переговоры с акимом Костанайской области "
     "Кумаром Аксакаловым.", "KZ-39"),
]


@pytest.mark.parametrize("text,host", CITY_RECEIVED_NEXT)
def test_trip_to_a_city_received_next_by_its_region(extract, text, host):
    assert [f["host"] for f in extract(text) if f["type"] == "visit"] == [host]


# visit.trip_named: a trip noun that says neither where to, nor "с визитом", nor whose delegation is
# talk about a trip, not the report of one
TALK_ABOUT_A_TRIP = [
    "Министр иностранных дел Беларуси прокомментировала визит губернатора Брянской области.",
    "Губернатор Омской области рассказал журналистам о значении визита для Казахстана.",
    "Эксперты высоко оценили визит главы Татарстана, отметив рост торговли с Узбекистаном.",
    "Посол Узбекистана назвал визит губернатора Курской области важным.",
]


@pytest.mark.parametrize("text", TALK_ABOUT_A_TRIP, ids=[t[:40] for t in TALK_ABOUT_A_TRIP])
def test_talk_about_a_trip_is_no_trip(extract, text):
    assert_facts(extract(text), "visit", [])


# visit.frame_subject: a trip noun framing the main verb ("во время пребывания", "в ходе командировки", "в рамках
# поездки") is the trip of the verb's subject; a trip noun with its own owner is the owner's
FRAMED = [
    ("Во время своего пребывания в Ташкенте губернатор Оренбургской области Евгений Солнцев провёл переговоры с "
     "хокимом Ташкента.", ("RU-ORE", "UZ-TK", "Евгений Солнцев")),
    ("В ходе командировки в Минск министр промышленности Татарстана Олег Коробченко осмотрел завод.",
     ("RU-TA", "BY-HM", "Олег Коробченко")),
    ("В рамках рабочей поездки в Гродненскую область губернатор Псковской области Михаил Ведерников посетил ряд "
     "предприятий.", ("RU-PSK", "BY-HR", "Михаил Ведерников")),
    ("По итогам визита в Казахстан губернатор Омской области Виталий Хоценко рассказал о договорённостях.",
     ("RU-OMS", "KZ", "Виталий Хоценко")),
    ("В ходе визита президента Узбекистана в Казань мэр Казани провёл экскурсию.", ("UZ", "RU-TA/Казань", None)),
]


@pytest.mark.parametrize("text,trip", FRAMED, ids=[c[0][:40] for c in FRAMED])
def test_trip_framing_the_verb_is_the_subjects(extract, text, trip):
    assert [(f["visitor"], f["host"], f["head"]) for f in extract(text) if f["type"] == "visit"] == [trip]


# clauses.done_participle: a past participle qualifying the traveller tells a trip made, whatever the sentence
# then says of him
PARTICIPLE_TRIPS = [
    ("По словам губернатора Курганской области Вадима Шумкова, побывавшего на прошлой неделе в Костанае, стороны "
     "договорились о поставках.", ("RU-KGN", "KZ-39/Костанай")),
    ("Аким Павлодарской области, посетивший в мае Омск, рассказал о планах на будущий год.", ("KZ-55", "RU-OMS/Омск")),
    ("Губернатор Брянской области, прибывший накануне в Гомель, намерен подписать соглашение.",
     ("RU-BRY", "BY-HO/Гомель")),
]


@pytest.mark.parametrize("text,trip", PARTICIPLE_TRIPS, ids=[c[0][:40] for c in PARTICIPLE_TRIPS])
def test_trip_told_by_a_past_participle(extract, text, trip):
    assert [(f["visitor"], f["host"]) for f in extract(text) if f["type"] == "visit"] == [trip]


# visit.talk_partners: a trip to a country received at talks with a partner named by a place: the partner is the host
TALK_PARTNERS = [
    ("Находящийся с визитом в Китае губернатор Амурской области провёл переговоры с руководством провинции "
     "Хэйлунцзян.", ("RU-AMU", "CN-HL")),
    ("Делегация Курской области, находящаяся в Беларуси, провела переговоры с руководством Гомельской области.",
     ("RU-KRS", "BY-HO")),
    ("Губернатор Омской области прибыл в Казахстан и провёл встречу с акиматом Павлодарской области.",
     ("RU-OMS", "KZ-55")),
]


@pytest.mark.parametrize("text,trip", TALK_PARTNERS, ids=[c[0][:40] for c in TALK_PARTNERS])
def test_talk_partner_is_the_host(extract, text, trip):
    assert [(f["visitor"], f["host"]) for f in extract(text) if f["type"] == "visit"] == [trip]


# visit.led_delegation_at_session: a delegation led by someone, beside a session held in a named place, travelled there,
# on the session's day when its own sentence has none
LED_AT_SESSION = [
    ("14 марта 2025 года в Барнауле состоялось заседание рабочей группы Алтайского края и Павлодарской области. "
     "Делегацию Павлодарской области возглавил заместитель акима Ернат Нурсултанов.",
     ("KZ-55", "RU-ALT", "Ернат Нурсултанов", "2025-03-14")),
    ("Делегацию Витебской области возглавил заместитель председателя облисполкома Олег Петров. Заседание совета "
     "делового сотрудничества прошло в Смоленске.", ("BY-VI", "RU-SMO/Смоленск", "Олег Петров", None)),
    ("В Уфе прошли переговоры Башкортостана и Гомельской области. Гомельскую делегацию возглавил председатель "
     "облисполкома Иван Крупко.", ("BY-HO", "RU-BA", "Иван Крупко", None)),
    # the date of the sentence on the other side is not the session's
    ("В Оренбурге состоялось заседание рабочей группы Оренбургской и Актюбинской областей. Казахстанскую делегацию "
     "возглавил заместитель акима Актюбинской области Ерлан Сапаров. Участники обсудили выполнение соглашения, "
     "подписанного в 2019 году.", ("KZ-15", "RU-ORE", "Ерлан Сапаров", None)),
    ("Делегацию Витебской области возглавил заместитель председателя облисполкома Олег Петров. Заседание совета "
     "делового сотрудничества прошло в Смоленске 3 апреля 2025 года.",
     ("BY-VI", "RU-SMO/Смоленск", "Олег Петров", "2025-04-03")),
]


@pytest.mark.parametrize("text,trip", LED_AT_SESSION, ids=[c[0][:40] for c in LED_AT_SESSION])
def test_delegation_led_at_a_session_travelled(extract, text, trip):
    assert [(f["visitor"], f["host"], f["head"], f["date"]) for f in extract(text) if f["type"] == "visit"] == [trip]


def test_delegation_led_with_no_session_is_no_trip(extract):
    assert not [f for f in extract("Делегацию Татарстана возглавил премьер-министр Алексей Песошин.")
                if f["type"] == "visit"]


# a named delegation's territory stays when its head now holds a post of his country
def test_delegation_of_a_region_led_by_a_now_national_official(extract):
    text = ("Губернатор Пензенской области встретился с премьер-министром Беларуси Александром Турчиным. В марте 2025 "
            "года Пензу посетила делегация Минской области во главе с председателем облисполкома Александром "
            "Турчиным.")
    got = [(f["visitor"], f["host"]) for f in extract(text) if f["type"] == "visit"]
    assert ("BY-MI", "RU-PNZ") in got and ("BY", "RU-PNZ") not in got, got


# role.delegation_not_a_post and visit.titled_delegation_head: "руководитель делегации" is no post; the one the text
# calls the delegation's leader (or says "возглавляет делегацию" of, anywhere) heads the trip, and is at the talks the
# delegation held (links.visit_head_received)
DELEGATION_LEADERS = [
    ("Делегация Смоленской области прибыла в Беларусь. В Могилеве ее принял председатель Могилевского облисполкома "
     "Анатолий Исаченко. «Это уже третья наша поездка за год», — рассказал руководитель делегации, заместитель "
     "губернатора Смоленской области Александр Борисов.", "Александр Борисов",
     {("Анатолий Исаченко", "BY-MA"), ("Александр Борисов", "RU-SMO")}),
    ("Работающая в Татарстане делегация Гомельской области провела переговоры с Раисом Республики Татарстан Рустамом "
     "Миннихановым. Подписаны соглашения в сфере образования. Гомельскую делегацию возглавляет председатель "
     "облисполкома Иван Крупко.", "Иван Крупко", {("Рустам Минниханов", "RU-TA"), ("Иван Крупко", "BY-HO")}),
    ("Делегация Омской области находится в Павлодаре. Ее принял аким Павлодарской области Асаин Байханов. Глава "
     "делегации, министр экономики Омской области Иван Петров, рассказал о планах.", "Иван Петров",
     {("Асаин Байханов", "KZ-55"), ("Иван Петров", "RU-OMS")}),
]


@pytest.mark.parametrize("text,head,roles", DELEGATION_LEADERS)
def test_delegation_leader_heads_the_trip(extract, text, head, roles):
    facts = extract(text)
    assert [f["head"] for f in of_type(facts, "visit")] == [head], of_type(facts, "visit")
    assert {(f["person"], f["of"]) for f in of_type(facts, "role")} == roles


# visit.delegation_side: "делегация из республики/края/области" — the document's territory of that kind, not the
# one the trip went to
DELEGATION_FROM_GENERIC = [
    ("Делегация из республики прибыла в Гродно. Гостей из Татарстана принял председатель облисполкома Юрий Караник.",
     ("RU-TA", "BY-HR")),
    ("Делегация из края прибыла в Павлодар. Гостей из Алтайского края принял аким Павлодарской области Асаин Байханов.",
     ("RU-ALT", "KZ-55")),
    ("Делегация из области прибыла в Казань. Гостей из Минской области принял Раис Татарстана Рустам Минниханов.",
     ("BY-MI", "RU-TA")),
]


@pytest.mark.parametrize("text,trip", DELEGATION_FROM_GENERIC)
def test_delegation_from_a_generic_territory(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in of_type(extract(text), "visit")]
    assert got == [trip], got


# gazetteer: a surname that reads as a demonym ("Поляковой", "Немцевым") is no people's mention (nor its delegation)
SURNAME_NOT_DEMONYM = [
    ("В Витебске прошли Дни Пскова, на которые прибыла делегация во главе с главой города Еленой Поляковой.",
     ("RU-PSK/Псков", "BY-VI/Витебск")),
    ("В Гродно прибыла делегация Калуги во главе с заместителем главы города Иваном Немцевым.",
     ("RU-KLU/Калуга", "BY-HR/Гродно")),
    ("В Минск прибыла делегация Казани во главе с заместителем мэра Анной Поляковой.", ("RU-TA/Казань", "BY-HM")),
]


@pytest.mark.parametrize("text,trip", SURNAME_NOT_DEMONYM)
def test_surname_is_no_demonym(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in of_type(extract(text), "visit")]
    assert got == [trip], got


# visit.guests_arrived: guests with no place of their own are the delegation named before — one trip, its date theirs
GUESTS_ARRIVED = [
    ("Глава города Смоленска Александр Новиков принял делегацию Могилевского горисполкома. Гости прибыли в Смоленск 18 "
     "октября.", ("BY-MA/Могилёв", "RU-SMO/Смоленск", "2025-10-18")),
    ("Губернатор Курской области встретился с делегацией Гомельской области. Делегация прибыла в Курск 3 июня.",
     ("BY-HO", "RU-KRS", "2025-06-03")),
    ("Аким Павлодарской области провел переговоры с омской делегацией. Гости приехали в Павлодар 12 мая.",
     ("RU-OMS", "KZ-55", "2025-05-12")),
]


@pytest.mark.parametrize("text,trip", GUESTS_ARRIVED, ids=["smolensk", "kursk", "pavlodar"])
def test_guests_arriving_are_the_delegation_told_before(extract, text, trip):
    got = [(f["visitor"], f["host"], f["date"]) for f in of_type(extract(text, "2025-11-20"), "visit")]
    assert got == [trip], got


# visit.delegation_at_work: at work in a territory the text names by a generic word ("в республике", "в регионе")
AT_WORK_IN_GENERIC = [
    ("Глава Башкортостана встретился с губернатором провинции Кайсери. Турецкая делегация работает в республике с 2 "
     "по 5 июня.", ("TR-38", "RU-BA", "2025-06-02")),
    ("Губернатор Курской области встретился с послом Беларуси. Белорусская делегация работает в регионе с 14 по 16 "
     "мая.", ("BY", "RU-KRS", "2025-05-14")),
    ("Раис Татарстана принял делегацию Гродненской области. Гродненская делегация находится в республике с 3 по 5 "
     "марта.", ("BY-HR", "RU-TA", "2025-03-03")),
]


@pytest.mark.parametrize("text,trip", AT_WORK_IN_GENERIC, ids=["kayseri", "kursk", "grodno"])
def test_delegation_at_work_in_a_generic_territory(extract, text, trip):
    published = trip[2][:8] + f"{int(trip[2][8:]) + 1:02d}"  # the news of those days
    got = [(f["visitor"], f["host"], f["date"]) for f in of_type(extract(text, published), "visit")]
    assert got == [trip], got


# visit.delegation_elsewhere through delegation_to: "Делегацию … в Гродно возглавил …" — a place after "в" right after
# the delegation's phrase, of the other side, is where it went, whatever case the tagger guesses; the leader's post
# held now, not his former one, is the visitor's side
DELEGATION_TO = [
    ("Делегацию Пермского края в Гродно возглавил бывший глава Перми, а ныне первый заместитель председателя "
     "правительства края Алексей Дёмкин.", ("RU-PER", "BY-HR/Гродно", "Алексей Дёмкин")),
    ("Делегацию Омской области в Баку возглавил вице-губернатор Иван Петров.", ("RU-OMS", "AZ-BA", "Иван Петров")),
    ("Белорусскую делегацию в Сочи возглавил министр промышленности Беларуси Иван Петров.",
     ("BY", "RU-KDA/Сочи", "Иван Петров")),
]


@pytest.mark.parametrize("text,trip", DELEGATION_TO, ids=["grodno", "baku", "sochi"])
def test_delegation_to_a_place(extract, text, trip):
    got = [(f["visitor"], f["host"], f["head"]) for f in of_type(extract(text), "visit")]
    assert got == [trip], got


def test_delegation_in_its_own_place_is_no_trip(extract):
    text = "Губернатор Омской области встретился с акимом Павлодарской области. Делегацию Омской области в Омске " \
           "возглавил вице-губернатор Иван Петров."
    assert not [f for f in of_type(extract(text), "visit") if f["host"].startswith("RU-OMS")]


# visit.host_receiver_level: a trip told only as to a country, received by a city's authority, is hosted by the city
CITY_RECEIVER = [
    ("Глава Липецка Роман Ченцов в рамках рабочей поездки в Беларусь посетил Брест, где встретился с председателем "
     "горисполкома Александром Рогачуком.", "BY-BR/Брест"),
    ("Мэр Казани Ильсур Метшин в ходе визита в Узбекистан побывал в Самарканде, где его принял хоким города "
     "Самарканда Ферузбек Ражабов.", "UZ-SA/Самарканд"),
    ("Делегация Гродненского горисполкома прибыла в Россию. В Пскове гостей принял глава города Пскова Борис "
     "Елкин.", "RU-PSK/Псков"),
    # the region's head receives: the region
    ("Губернатор Брянской области прибыл в Беларусь, где в Гомеле его принял председатель Гомельского облисполкома "
     "Иван Крупко.", "BY-HO"),
]


@pytest.mark.parametrize("text,host", CITY_RECEIVER, ids=["brest", "samarkand", "pskov", "region"])
def test_city_authority_hosts_a_trip_to_its_country(extract, text, host):
    got = [f["host"] for f in of_type(extract(text), "visit")]
    assert got == [host], got


# visit.trip_in_progress: "в рамках визита / в ходе визита" framing a programme to come — the trip is under way
TRIP_IN_PROGRESS = [
    ("Программу сотрудничества подписали в Минске председатель Миноблисполкома Александр Турчин и губернатор Калужской "
     "области Владислав Шапша. В рамках визита калужская делегация посетит предприятия Жодино.", ["RU-KLU"]),
    ("В ходе визита в Минскую область калужская делегация посетит предприятия Жодино.", ["RU-KLU"]),
    ("Омская делегация прибыла в Павлодарскую область. В рамках визита делегация посетит Экибастуз.", ["RU-OMS"]),
    # the trip itself to come
    ("В ходе визита, который состоится в мае, калужская делегация посетит предприятия Жодино.", []),
    ("В ходе предстоящего визита калужская делегация посетит предприятия Жодино.", []),
]


@pytest.mark.parametrize("text,visitors", TRIP_IN_PROGRESS, ids=["minsk", "oblast", "omsk", "to_come", "coming"])
def test_trip_framing_a_programme_is_under_way(extract, text, visitors):
    assert [f["visitor"] for f in of_type(extract(text), "visit")] == visitors


# visit.receivers: a trip told inside a quotation is not received by the people the quotation was said to
QUOTED_TRIP_HOST = [
    ("«В прошлом году наша делегация побывала в Андижане, где мы договорились об открытии филиала университета», – "
     "рассказал губернатор Ульяновской области Алексей Русских на встрече с послом Узбекистана в России Ботиржоном "
     "Асадовым.", "UZ-AN"),
    ("«В 2023 году мы посетили Гродно и подписали там дорожную карту», – отметил губернатор Псковской области Михаил "
     "Ведерников на встрече с послом Беларуси Дмитрием Крутым.", "BY-HR"),
    ("«Летом наша делегация побывала в Гомеле, где мы обсудили поставки техники», – рассказал губернатор Брянской "
     "области Александр Богомаз на встрече с послом Беларуси Дмитрием Крутым.", "BY-HO"),
]


@pytest.mark.parametrize("text,host", QUOTED_TRIP_HOST, ids=["andijan", "grodno", "gomel"])
def test_quoted_trip_is_hosted_where_it_went(extract, text, host):
    got = [f["host"] for f in of_type(extract(text, "2025-11-20"), "visit")]
    assert len(got) == 1 and got[0].startswith(host), got


# visit.destination: a generic word as what the verb visited ("область посетил премьер-министр") is where he went; the
# subject after the verb travelled
GENERIC_VISITED = [
    ("Губернатор Ярославской области Михаил Евраев встретился с послом Беларуси. В 2023 году область посетил "
     "Премьер-министр Беларуси Роман Головченко.", {"visitor": "BY", "host": "RU-YAR", "head": "Роман Головченко"}),
    ("Губернатор Омской области Виталий Хоценко принял посла Беларуси. В прошлом году регион посетил Премьер-министр "
     "Беларуси Роман Головченко.", {"visitor": "BY", "host": "RU-OMS", "head": "Роман Головченко"}),
    ("Глава Татарстана встретился с генконсулом. Республику в 2024 году посетил президент Узбекистана Шавкат "
     "Мирзиёев.", {"visitor": "UZ", "host": "RU-TA", "head": "Шавкат Мирзиёев"}),
]


@pytest.mark.parametrize("text,trip", GENERIC_VISITED, ids=["oblast", "region", "republic"])
def test_generic_word_visited(extract, text, trip):
    got = [{k: f[k] for k in trip} for f in extract(text) if f["type"] == "visit"]
    assert got == [trip], got


def test_generic_word_not_visited_is_no_destination(extract):
    text = "Губернатор Ярославской области встретился с послом Беларуси. Премьер-министр Беларуси высоко оценил область."
    assert [f for f in extract(text) if f["type"] == "visit"] == []


# role.bare_title_side: a bare title ("визит акима в Омск") is of the one side its kind of post fits — the trip has a
# visitor; a post both sides have ("министра") says nothing
BARE_TITLE_TRIP = [
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны вспомнили визит акима в Омск в 2023 "
     "году.", [{"visitor": "KZ-55", "host": "RU-OMS"}]),
    ("Вице-губернатор Оренбургской области Сергей Балыкин провел переговоры с акимом Актюбинской области Асаином "
     "Шахаровым. Стороны обсудили договоренности, достигнутые в ходе визита акима в Оренбург в прошлом году.",
     [{"visitor": "KZ-15", "host": "RU-ORE"}]),
    ("Глава Башкортостана встретился с хокимом Бухарской области. Стороны напомнили о визите хокима в Уфу в 2024 году.",
     [{"visitor": "UZ-BU", "host": "RU-BA"}]),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны вспомнили визит министра в Омск в 2023 "
     "году.", []),
]


@pytest.mark.parametrize("text,trips", BARE_TITLE_TRIP, ids=["akim_omsk", "akim_orenburg", "hokim_ufa", "minister"])
def test_trip_of_a_bare_title(extract, text, trips):
    got = [{"visitor": f["visitor"], "host": f["host"]} for f in extract(text) if f["type"] == "visit"]
    assert got == trips, got


# visit.host_received_closer: the headline's city and the body's receiver of the region: the region hosts; a city's
# head who receives keeps the city
HOST_RECEIVED_CLOSER = [
    ("Самарканд принимает делегацию Самарской области\n\nДелегация Самарской области прибыла в Самарканд. Гостей "
     "встретил хоким Самаркандской области Эркинжон Турдимов.", "UZ-SA"),
    ("Павлодар принимает омскую делегацию\n\nДелегация Омской области прибыла в Павлодар. Гостей принял аким "
     "Павлодарской области Асаин Байханов.", "KZ-55"),
    ("Бухара принимает делегацию Башкортостана\n\nДелегация Республики Башкортостан прибыла в Бухару. Гостей встретил "
     "хоким Бухарской области Ботир Зарипов.", "UZ-BU"),
    ("Гомель принимает гостей из Брянска\n\nДелегация Брянска прибыла в Гомель. Делегацию принял председатель "
     "Гомельского горисполкома Владимир Привалов.", "BY-HO/Гомель"),
]


@pytest.mark.parametrize("text,host", HOST_RECEIVED_CLOSER, ids=["samarkand", "pavlodar", "bukhara", "city_head"])
def test_host_is_who_received_the_trip(extract, text, host):
    got = [f["host"] for f in extract(text) if f["type"] == "visit"]
    assert got == [host], got


# a title the text binds to the person named with it before ("Послом … Александром Рогожником. Посол прибыл в
# регион") gives the trip its visitor and head (role.same_title_elsewhere for the same person's post)
COREFERENT_TRAVELLER = [
    ("Губернатор Ярославской области Михаил Евраев провел рабочую встречу с Послом Республики Беларусь в Российской "
     "Федерации Александром Рогожником. Посол прибыл в регион с рабочим визитом.",
     {"visitor": "BY", "host": "RU-YAR", "head": "Александр Рогожник"}),
    ("Губернатор Омской области Виталий Хоценко встретился с Генеральным консулом Казахстана в Новосибирске Ерланом "
     "Тасбулатовым. Генеральный консул прибыл в Омск с рабочей поездкой.",
     {"visitor": "KZ", "host": "RU-OMS", "head": "Ерлан Тасбулатов"}),
    ("Губернатор Оренбургской области принял акима Актюбинской области Асхата Шахарова. Аким прибыл в Оренбург во "
     "главе делегации.", {"visitor": "KZ-15", "host": "RU-ORE", "head": "Асхат Шахаров"}),
]


@pytest.mark.parametrize("text,trip", COREFERENT_TRAVELLER, ids=["ambassador", "consul", "akim"])
def test_traveller_named_by_the_title_of_someone_named_before(extract, text, trip):
    got = [{k: f[k] for k in trip} for f in extract(text) if f["type"] == "visit"]
    assert got == [trip], got


# visit.date: not the day of something still to come in the trip's sentence; a past trip discussed keeps its date
FUTURE_DAY_NOT_THE_TRIPS = [
    ("В аэропорту Оренбурга делегацию Западно-Казахстанской области во главе с акимом Нариманом Турегалиевым встретил "
     "вице-губернатор Оренбургской области Сергей Балыкин. В ходе визита аким примет участие в межрегиональном форуме, "
     "который откроется завтра.", None),
    ("Делегация Омской области прибыла в Павлодар. В ходе визита губернатор завтра посетит завод.", None),
    ("Делегация Курганской области находится в Костанае. В рамках визита делегация 20 сентября примет участие в "
     "ярмарке.", None),
    ("Глава Удмуртии встретился с послом Узбекистана. Стороны обсудили итоги визита делегации Удмуртии в Андижанскую "
     "область в июне 2024 года.", "2024-06"),
]


@pytest.mark.parametrize("text,day", FUTURE_DAY_NOT_THE_TRIPS, ids=["forum_tomorrow", "tomorrow", "fair", "past_trip"])
def test_trip_not_dated_by_what_is_to_come(extract, text, day):
    got = [f["date"] for f in extract(text, published="2025-09-14") if f["type"] == "visit"]
    assert got == [day], got
