"""meeting rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts, of_type

CASES = [
    # an intention voiced at a meeting does not make the meeting unrealised
    ("На заседании рабочей группы Курской области и Беларуси стороны обсудили поставки зерна.",
     [{"kind": "working_group", "parties": ["RU-KRS", "BY"]}]),
    ("В ходе переговоров губернатора Омской области Виталия Хоценко и акима Павлодарской области Асаина "
     "Байханова стороны договорились о поставках угля.",
     [{"kind": "talks", "parties": ["RU-OMS", "KZ-55"]}]),
    ("На встрече с послом Беларуси Дмитрием Крутым губернатор Брянской области Александр Богомаз предложил "
     "открыть торговый дом.",
     [{"kind": "talks", "parties": ["RU-BRY", "BY"]}]),
    # a later mention with its own different number is another session
    ("В Уральске прошёл XXI Форум межрегионального сотрудничества России и Казахстана. Прежнюю программу "
     "губернатор и аким подписали на XIX Форуме межрегионального сотрудничества в Костанае.",
     [{"kind": "forum", "parties": ["RU", "KZ"], "number": 21}, {"kind": "forum", "parties": ["RU", "KZ"], "number": 19}]),
    ("Губернаторы подписали соглашение в рамках 11-го Форума регионов Беларуси и России. На 10-м Форуме регионов "
     "стороны обсуждали другой проект.",
     [{"kind": "forum", "parties": ["RU", "BY"], "number": 11}, {"kind": "forum", "parties": ["RU", "BY"], "number": 10}]),
    ("На ХХІ Форуме регионов России и Казахстана губернатор и аким подписали меморандум.",
     [{"kind": "forum", "parties": ["RU", "KZ"], "number": 21}]),
    # a session of a standing council whose name holds the two sides is a commission
    ("В Ташкенте прошло первое заседание Совета регионов России и Узбекистана.",
     [{"kind": "commission", "parties": ["RU", "UZ"], "number": 1, "place": "UZ-TK"}]),
    ("Губернатор Пермского края принял участие во втором заседании совета регионов России и Казахстана.",
     [{"kind": "commission", "parties": ["RU", "KZ"], "number": 2}]),
    ("Заседание Совета руководителей регионов Беларуси и России состоялось в Могилёве.",
     [{"kind": "commission", "parties": ["BY", "RU"]}]),
    ("На заседании совета директоров завода в Гомеле обсудили экспорт.", []),
    # a welcome on arrival is not talks
    ("Делегацию Самаркандской области встретили в аэропорту Пензы.", []),
    ("У трапа самолёта гостей из Гродно встречал вице-губернатор Псковской области.", []),
    ("На вокзале Минска делегацию Брянской области встретил заместитель председателя облисполкома.", []),
    ("Губернатор Пензенской области встретился с хокимом Самаркандской области в здании правительства.",
     [{"kind": "talks", "parties": ["RU-PNZ", "UZ-SA"]}]),
    # a reception of a delegation is talks
    ("Во время официального приёма монгольской делегации губернатор Забайкальского края обсудил поставки.",
     [{"kind": "talks", "parties": ["MN", "RU-ZAB"]}]),
    ("Приём делегации Гродненской области прошёл в администрации Вологды.",
     [{"kind": "talks", "parties": ["BY-HR", "RU-VLG/Вологда"]}]),
    ("Губернатор Курской области дал приём в честь делегации Гомельской области.",
     [{"kind": "talks", "parties": ["RU-KRS", "BY-HO"]}]),
    # talks named after a forum are the sides' own talks on its sidelines
    ("На Форуме регионов России и Казахстана подписан меморандум. В рамках встречи губернатор Омской области и "
     "аким Павлодарской области обсудили поставки.",
     [{"kind": "forum", "parties": ["RU", "KZ"]}, {"kind": "talks", "parties": ["RU-OMS", "KZ-55"]}]),
    ("Губернатор Курганской области выступил на Форуме регионов России и Казахстана. В ходе встречи с акимом "
     "Костанайской области стороны обсудили логистику.",
     [{"kind": "forum", "parties": ["RU", "KZ"]}, {"kind": "talks", "parties": ["RU-KGN", "KZ-39"]}]),
    # ... but talks named after talks are the same talks
    ("Губернатор Омской области встретился с акимом Павлодарской области. В ходе встречи стороны обсудили поставки.",
     [{"kind": "talks", "parties": ["RU-OMS", "KZ-55"]}]),
    # the people of a sentence about "the event" take part in it
    ("На IX заседании рабочей группы Иркутской области и Беларуси обсуждены перспективы. В мероприятии приняли "
     "участие первый заместитель губернатора Иркутской области Роман Колесов и председатель Брестского "
     "облисполкома Пётр Пархомчик.",
     [{"kind": "working_group", "number": 9, "participants": ["Роман Колесов", "Пётр Пархомчик"]}]),
    ("В Казани прошла встреча губернатора Курской области и посла Беларуси. На церемонии присутствовал министр "
     "Олег Петров.", [{"kind": "talks", "participants": ["Олег Петров"]}]),
    # a frame of a proposal with an infinitive belongs to the proposed action: no meeting
    ("Губернатор предложил в рамках встречи с акимом Павлодарской области подписать соглашение.", []),
    # talks with several territories of the other side: one meeting per territory
    ("Губернатор Астраханской области Игорь Бабушкин провёл встречи с губернатором провинции Гилян Асадоллой "
     "Аббаси и губернатором провинции Мазандаран Махмудом Хоссейнипуром.",
     [{"kind": "talks", "parties": ["RU-AST", "IR-01"]}, {"kind": "talks", "parties": ["RU-AST", "IR-02"]}]),
    ("Председатель Брестского облисполкома провёл переговоры с губернатором Тульской области Дмитрием Миляевым и "
     "губернатором Рязанской области Павлом Малковым.",
     [{"kind": "talks", "parties": ["BY-BR", "RU-TUL"]}, {"kind": "talks", "parties": ["BY-BR", "RU-RYA"]}]),
    ("Аким Костанайской области встретился с губернатором Курганской области Вадимом Шумковым и губернатором "
     "Челябинской области Алексеем Текслером.",
     [{"kind": "talks", "parties": ["KZ-39", "RU-KGN"]}, {"kind": "talks", "parties": ["KZ-39", "RU-CHE"]}]),
    # ... but two regions of one country meeting each other are one meeting
    ("Раис Татарстана Рустам Минниханов и губернатор Санкт-Петербурга Георгий Полтавченко провели встречу в Казани.",
     [{"kind": "talks", "parties": ["RU-TA", "RU-SPE"]}]),
    # a post named without a name stands for its territory
    ("Губернатор Тверской области прилетел в Минск, где провёл переговоры с Президентом Республики Беларусь.",
     [{"kind": "talks", "parties": ["RU-TVE", "BY"]}]),
    ("Аким Костанайской области встретился в Кургане с губернатором Курганской области.",
     [{"kind": "talks", "parties": ["KZ-39", "RU-KGN"]}]),
    # "принять" a document is adopting it, not receiving someone
    ("Программу сотрудничества на 2025–2027 годы приняли губернатор Орловской области и председатель Витебского "
     "облисполкома.", []),
    ("Губернатор Омской области и аким Павлодарской области приняли совместное заявление.", []),
    ("Губернатор Омской области принял акима Павлодарской области.", [{"kind": "talks", "parties": ["RU-OMS", "KZ-55"]}]),
    # a numbered forum is one that took place, even as the subject of its sentence
    ("ХIV Форум регионов Беларуси и России собрал в Нижнем Новгороде три тысячи участников.",
     [{"kind": "forum", "parties": ["BY", "RU"], "number": 14}]),
    ("XXI Форум межрегионального сотрудничества России и Казахстана завершил работу в Уральске.",
     [{"kind": "forum", "parties": ["RU", "KZ"], "number": 21}]),
    ("Девятый Форум регионов Беларуси и России открылся в Минске.", [{"kind": "forum", "number": 9}]),
    ("XV Форум регионов Беларуси и России пройдёт в Гродно.", []),
    # ... what it is about stays unrealised
    ("Губернатор Омской области и аким Павлодарской области договорились о встрече в следующем месяце.", []),
    ("Губернатор Брянской области Александр Богомаз встретился с председателем Гомельского облисполкома "
     "Иваном Крупко.",
     [{"kind": "talks", "parties": ["RU-BRY", "BY-HO"], "participants": ["Александр Богомаз", "Иван Крупко"]}]),
    ("В Минске состоялось 12-е заседание совместной рабочей группы по сотрудничеству Оренбургской области и "
     "Республики Беларусь.",
     [{"kind": "working_group", "parties": ["RU-ORE", "BY"], "number": 12, "place": "BY-HM"}]),
    ("В Казани прошло пятое заседание межправительственной комиссии Татарстана и Узбекистана.",
     [{"kind": "commission", "parties": ["RU-TA", "UZ"], "number": 5}]),
    ("Делегации Брянской и Витебской областей приняли участие в Форуме регионов России и Беларуси.",
     [{"kind": "forum", "parties": ["RU", "BY"]}]),
    # "посла … в России" is where the post is, not where they met
    ("Раис Татарстана Рустам Минниханов принял Чрезвычайного и Полномочного посла Азербайджана в России "
     "Рахмана Мустафаева.",
     [{"kind": "talks", "parties": ["RU-TA", "AZ"], "place": None}]),
    # "из Сочи в Гюмри" is where flights go, not where they met
    ("Губернатор Краснодарского края Вениамин Кондратьев встретился с послом Армении Григором Ованнисяном. "
     "Стороны обсудили авиасообщение: с весны планируются рейсы из Сочи в Гюмри.",
     [{"kind": "talks", "parties": ["RU-KDA", "AM"], "place": None}]),
    # a compound ordinal counts its tens
    ("В Казани прошло двадцать первое заседание рабочей группы по сотрудничеству Татарстана и Беларуси.",
     [{"kind": "working_group", "parties": ["RU-TA", "BY"], "number": 21}]),
    # said at a session: the quoted promise does not make the session a plan
    ("Беларусь и Оренбургская область в этом году сохранят товарооборот на уровне 500 млн долларов, сказал "
     "вице-премьер Беларуси Петр Пархомчик на заседании рабочей группы по сотрудничеству с российским регионом.",
     [{"kind": "working_group", "parties": ["BY", "RU-ORE"], "participants": ["Петр Пархомчик"]}]),
    # the year of the event the meeting was held at
    ("Глава Башкортостана Радий Хабиров и губернатор Гомельской области Иван Крупко в рамках встречи на "
     "Петербургском международном экономическом форуме — 2023 подписали соглашение.",
     [{"kind": "talks", "parties": ["RU-BA", "BY-HO"], "date": "2023"}]),
    # talks on the sidelines of a forum are a meeting of their own
    ("В рамках Форума регионов Беларуси и России губернатор Смоленской области Василий Анохин встретился с "
     "председателем Витебского облисполкома Александром Субботиным.",
     [{"kind": "forum", "parties": ["BY", "RU"]},
      {"kind": "talks", "parties": ["RU-SMO", "BY-VI"], "participants": ["Василий Анохин", "Александр Субботин"]}]),
    # taking part in a summit is not being received
    ("В октябре в Казани состоялся саммит БРИКС, участие в котором принял Председатель КНР Си Цзиньпин.", []),
    # planned, or a body without a session: nothing
    ("Встреча губернатора Пензенской области с председателем Брестского облисполкома пройдет в мае.", []),
    ("В прошлом году проведено 11 заседаний рабочей группы по сотрудничеству Татарстана и Минской области.",
     []),
    ("В Минске прошло 5-е заседание рабочей группы по сотрудничеству Брянской и Гомельской областей.",
     [{"kind": "working_group", "parties": ["RU-BRY", "BY-HO"], "number": 5}]),
    # "председательствовали" (read by the tagger as a noun) adds its people; a session is one
    # meeting whoever each sentence names at it
    ("В Гомеле прошло заседание рабочей группы по сотрудничеству Брянской и Гомельской областей. "
     "На нем председательствовали Богомаз и председатель облисполкома Иван Крупко. "
     "В рамках заседания протокол подписали министр экономики Брянской области Ольга Сидорова и Крупко.",
     [{"kind": "working_group", "parties": ["RU-BRY", "BY-HO"],
       "participants": ["Иван Крупко", "Ольга Сидорова"]}]),
    # "обсудили" right after a session: what was done at it, not another meeting
    ("В Гродно прошло заседание совместной комиссии Гродненской и Калининградской областей. Председатель "
     "Гродненского облисполкома Юрий Караев и губернатор Калининградской области Алексей Беспрозванных "
     "обсудили вопросы логистики.",
     [{"kind": "commission", "parties": ["BY-HR", "RU-KGD"],
       "participants": ["Юрий Караев", "Алексей Беспрозванных"]}]),
    # the ordinal before several adjectives of the forum, through the sentence prefilter too
    ("В Ташкенте прошел II Российско-узбекский межрегиональный форум.",
     [{"kind": "forum", "parties": ["RU", "UZ"], "number": 2, "place": "UZ-TK"}]),
    ("В рамках XIII российско-белорусского молодежного форума подписаны соглашения.",
     [{"kind": "forum", "parties": ["RU", "BY"], "number": 13}]),
    # meeting.with_the_guests: "с гостями" is the delegation told before, at its own level, though the text names
    # its country more
    ("Делегация Монголии посетила Бурятию\n\nВ Улан-Удэ находится делегация аймака Сэлэнгэ. Глава Бурятии Алексей "
     "Цыденов провел с гостями переговоры. Монгольская делегация посетила также дацан.",
     [{"kind": "talks", "parties": ["RU-BU", "MN-049"]}]),
    ("Гости из Узбекистана в Уфе\n\nВ Уфу прибыла делегация Самаркандской области. С гостями встретился Глава "
     "Башкортостана Радий Хабиров. Узбекистан — важный партнер республики.",
     [{"kind": "talks", "parties": ["RU-BA", "UZ-SA"]}]),
    ("Гости из Китая в Хабаровске\n\nВ Хабаровск прибыла делегация провинции Хэйлунцзян. Губернатор Хабаровского "
     "края Дмитрий Демешин провел с гостями переговоры. Китай остается главным торговым партнером края.",
     [{"kind": "talks", "parties": ["RU-KHA", "CN-HL"]}]),
    # meeting.represented_a_side: who represented a side, told right after the meeting, was at it
    ("В Гомеле 18 апреля 2025 года состоялось заседание совместной рабочей группы Брянской и Гомельской областей. "
     "Брянскую сторону представлял первый заместитель губернатора Александр Коробко, гомельскую — заместитель "
     "председателя облисполкома Андрей Лазуткин.",
     [{"kind": "working_group", "participants": ["Александр Коробко", "Андрей Лазуткин"]}]),
    ("В Омске прошло заседание межправительственной комиссии России и Казахстана. Казахстанскую сторону на заседании "
     "представлял вице-министр торговли Айдар Сеитов.",
     [{"kind": "commission", "parties": ["RU", "KZ"], "participants": ["Айдар Сеитов"]}]),
    ("В Могилеве состоялись переговоры делегаций Смоленской и Могилевской областей. Смоленскую делегацию "
     "представлял заместитель губернатора Александр Борисов.",
     [{"kind": "talks", "participants": ["Александр Борисов"]}]),
    ("В Могилеве состоялись переговоры делегаций Смоленской и Могилевской областей. Затем губернатор Смоленской "
     "области Василий Анохин представил журналистам проект нового моста.",
     [{"kind": "talks", "participants": []}]),
    # meeting.only_to_come: one who is to act later, told of at the meeting, is not at it
    ("Губернатор Омской области провел переговоры с послом Беларуси Дмитрием Крутым. На встрече было решено, что "
     "заместитель губернатора Андрей Петров посетит Минск в мае.",
     [{"kind": "talks", "parties": ["RU-OMS", "BY"], "participants": ["Дмитрий Крутой"]}]),
    ("Губернатор Псковской области провел переговоры с председателем Витебского облисполкома Александром "
     "Субботиным. На встрече договорились, что заместитель губернатора Андрей Петров приедет в Витебск летом.",
     [{"kind": "talks", "participants": ["Александр Субботин"]}]),
    ("Глава Чувашии провел переговоры с послом Беларуси Дмитрием Крутым. На встрече решено, что министр экономики "
     "Чувашии Дмитрий Краснов в июне посетит Минскую область.",
     [{"kind": "talks", "participants": ["Дмитрий Крутой"]}]),
    # role.opened_as_host: who opens the meeting is the host, not of the guests' side ("Асаин Байханов планирует
    # посетить" then is nobody at it)
    ("17 октября в Барнауле губернатор Алтайского края Виктор Томенко встретился с делегацией Павлодарской области во "
     "главе с первым заместителем акима области Нурланом Бейсекеевым. Открывая встречу, глава региона подчеркнул, "
     "что Павлодарская область является ключевым партнером края. Также он сообщил, что аким области Асаин Байханов "
     "планирует посетить Алтайский край.",
     [{"kind": "talks", "participants": ["Виктор Томенко", "Нурлан Бейсекеев"]}]),
    # a capital named by its country's or region's word is the venue city (gazetteer.matcher.named_capitals)
    ("Губернатор Омской области провел переговоры с Премьер-министром Беларуси Александром Турчиным. Встреча прошла "
     "в белорусской столице.", [{"kind": "talks", "place": "BY-HM"}]),
    ("Мэр Казани Ильсур Метшин встретился с хокимом Ташкента в узбекской столице.",
     [{"kind": "talks", "place": "UZ-TK"}]),
    ("Глава Ханты-Мансийска Максим Ряшин встретился с заместителем акима Шымкента Ерболом Садыром, который находится "
     "в югорской столице в составе делегации.", [{"kind": "talks", "place": "RU-KHM/Ханты-Мансийск"}]),
    # meeting.meetings_with_many: meetings in the plural with the heads of several territories sum up, not one;
    # with several people of one side they are talks with that side
    ("Рустам Минниханов провел встречи с руководителями регионов Узбекистана\n\nВ Ташкенте Раис Татарстана провел "
     "переговоры с хокимом Самаркандской области Эркинжоном Турдимовым.",
     [{"kind": "talks", "parties": ["RU-TA", "UZ-SA"]}]),
    ("Губернатор Омской области провел встречи с акимами приграничных областей Казахстана.", []),
    ("Глава Чувашии провел встречи с губернаторами белорусских областей.", []),
    ("Губернатор Астраханской области провёл рабочие встречи с губернаторами провинций Мазандаран и Гилян Али "
     "Карими и Резой Ахмади.", [{"kind": "talks", "parties": ["IR-02", "RU-AST"]},
                                 {"kind": "talks", "parties": ["IR-01", "RU-AST"]}]),
    ("В Минске губернатор Брянской области провел встречи с руководителями белорусских министерств.",
     [{"kind": "talks", "parties": ["RU-BRY", "BY"]}]),
    # meeting.forum_of_those_talks: a forum named after the talks as their setting is a fact of its own
    ("Аким Костанайской области Кумар Аксакалов и губернатор Курганской области Вадим Шумков обсудили вопросы "
     "приграничного сотрудничества. Встреча прошла в рамках XX Форума межрегионального сотрудничества России и "
     "Казахстана.",
     [{"kind": "talks", "parties": ["KZ-39", "RU-KGN"]}, {"kind": "forum", "parties": ["RU", "KZ"], "number": 20}]),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с премьер-министром Беларуси Романом Головченко. "
     "Переговоры состоялись в рамках XI Форума регионов Беларуси и России.",
     [{"kind": "talks", "parties": ["RU-OMS", "BY"]}, {"kind": "forum", "parties": ["BY", "RU"], "number": 11}]),
    ("Губернатор Саратовской области Роман Бусаргин провел переговоры с акимом Западно-Казахстанской области. "
     "Встреча прошла в рамках XIX Форума межрегионального сотрудничества России и Казахстана.",
     [{"kind": "talks", "parties": ["KZ-27", "RU-SAR"]}, {"kind": "forum", "parties": ["RU", "KZ"], "number": 19}]),
    ("Власти Башкирии создали рабочую группу для развития сотрудничества с Татарстаном.", []),
    # a governor and his own country's ambassador: no partner
    ("Губернатор Курской области Роман Старовойт встретился с послом России в Белоруссии Борисом Грызловым.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_meeting(extract, text, expected):
    assert_facts(extract(text), "meeting", expected)


def test_one_on_one_and_wider_format_are_one_meeting(extract):
    facts = extract("Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Алексей Кушнаренко "
                    "обсудили вопросы сотрудничества в формате «один на один». Далее состоялась встреча в "
                    "расширенном составе.")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "BY-MI"]}])


def test_participants_from_participation_sentence(extract):
    facts = extract("Раис Татарстана Рустам Минниханов встретился с послом Белоруссии Дмитрием Крутым. "
                    "Во встрече принял участие министр промышленности Татарстана Олег Коробченко.")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "BY"],
                                     "participants": ["Рустам Минниханов", "Дмитрий Крутой", "Олег Коробченко"]}])


def test_yesterday_far_from_the_meeting_word(extract):
    facts = extract("Вчера в Доме Правительства состоялась встреча Премьер-министра Республики Татарстан Алексея "
                    "Песошина с Послом Республики Казахстан Дауреном Абаевым.", "2025-01-15")
    assert_facts(facts, "meeting", [{"kind": "talks", "parties": ["RU-TA", "KZ"], "date": "2025-01-14"}])


def test_date_of_a_meeting_reported_by_its_verb(extract):
    facts = extract("Губернатор Хабаровского края Дмитрий Демешин 11 ноября встретился с губернатором "
                    "провинции Хэйлунцзян Лян Хуэйлин.", published="2024-11-12")
    assert_facts(facts, "meeting", [{"kind": "talks", "date": "2024-11-11", "parties": ["RU-KHA", "CN-HL"]}])


# one meeting with several partners: one fact per partner, each with the home side named first
PARTNERS = [
    ("Глава Удмуртии Александр Бречалов встретился с консулом КНР Ли Мином и послом Кыргызстана "
     "Алыманом Кармышаковым.", [["RU-UD", "CN"], ["RU-UD", "KG"]]),
    ("Губернатор Омской области Виталий Хоценко провел встречу с генеральным консулом Казахстана "
     "Абаем Ахметовым и послом Узбекистана Ботиржоном Асадовым.", [["RU-OMS", "KZ"], ["RU-OMS", "UZ"]]),
    ("Глава Чувашии Олег Николаев встретился с послами Белоруссии Дмитрием Крутым и Армении "
     "Грантом Пашаяном.", [["RU-CU", "BY"], ["RU-CU", "AM"]]),
]


@pytest.mark.parametrize("text,pairs", PARTNERS, ids=[c[0][:40] for c in PARTNERS])
def test_one_meeting_per_partner(extract, text, pairs):
    found = sorted(f["parties"] for f in extract(text) if f["type"] == "meeting")
    assert found == sorted(pairs)


# several territories of one side listed before "с …" meet the one partner after it: one meeting each
LISTED_SUBJECTS = [
    ("Представители Витебской, Могилевской и Гродненской областей провели переговоры с руководством Смоленской "
     "области.", [["BY-VI", "RU-SMO"], ["BY-MA", "RU-SMO"], ["BY-HR", "RU-SMO"]]),
    ("Губернаторы Курской и Брянской областей встретились с председателем Гомельского облисполкома.",
     [["RU-KRS", "BY-HO"], ["RU-BRY", "BY-HO"]]),
    ("Делегации Гомельской и Могилевской областей провели встречу с губернатором Брянской области Александром "
     "Богомазом.", [["BY-HO", "RU-BRY"], ["BY-MA", "RU-BRY"]]),
    # one territory and its own city are one side, not a list
    ("Руководство Гродненской области и города Гродно провело переговоры с губернатором Псковской области.",
     [["BY-HR", "RU-PSK"]]),
]


@pytest.mark.parametrize("text,pairs", LISTED_SUBJECTS, ids=[c[0][:40] for c in LISTED_SUBJECTS])
def test_one_meeting_per_listed_subject(extract, text, pairs):
    found = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "meeting")
    assert found == sorted(sorted(p) for p in pairs)


# "В свою очередь … отметил" right after a meeting: the speaker was at it
IN_TURN = [
    "Заседание совета делового сотрудничества Тульской области и Беларуси прошло в Бресте. В свою очередь "
    "заместитель губернатора Тульской области Олег Петров отметил рост поставок.",
    "В Минске состоялась встреча делегаций Тульской области и Беларуси. Посол Беларуси Дмитрий Крутой "
    "рассказал о планах. В свою очередь вице-губернатор Тульской области Олег Петров подчеркнул важность поставок.",
    "В Бресте прошли переговоры Тульской области и Брестской области. В свою очередь министр "
    "промышленности Тульской области Олег Петров заявил о готовности к поставкам.",
]


@pytest.mark.parametrize("text", IN_TURN, ids=[t[:40] for t in IN_TURN])
def test_speaker_in_turn_was_at_the_meeting(extract, text):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and "Олег Петров" in meetings[0].get("participants", [])


# the same, when the speaker in turn is named without a post (no other rule ties the name to the meeting)
IN_TURN_BY_NAME = [
    ("В Минске прошло заседание рабочей группы Беларуси и Курской области. Губернатор Курской области Роман Старовойт "
     "рассказал о проектах. В свою очередь Иван Соколов отметил рост поставок.", "Иван Соколов"),
    ("В Казани состоялось заседание рабочей группы Татарстана и Узбекистана. Министр экономики Татарстана Мидхат "
     "Шагиахметов рассказал о проектах. В свою очередь Лазиз Кудратов подчеркнул важность сотрудничества.",
     "Лазиз Кудратов"),
    ("В Омске прошло заседание рабочей группы Омской области и Казахстана. Губернатор Омской области Виталий Хоценко "
     "рассказал о проектах. В свою очередь Асаин Байханов отметил рост торговли.", "Асаин Байханов"),
]


@pytest.mark.parametrize("text,person", IN_TURN_BY_NAME, ids=[c[0][:40] for c in IN_TURN_BY_NAME])
def test_speaker_in_turn_named_without_a_post(extract, text, person):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and person in meetings[0].get("participants", [])


# a year inside the meeting's own noun phrase is its date, however the parser hangs it; a year of
# another clause is not
YEARS = [
    ("Стороны вернулись к договоренностям, достигнутым на встрече губернаторов Омской и Павлодарской "
     "областей в 2021 году.", "2021"),
    ("На встрече глав Омской и Павлодарской областей в 2019 году было решено создать рабочую группу.", "2019"),
    ("Переговоры губернатора Курской области и председателя Гомельского облисполкома в 2022 году дали "
     "старт проектам.", "2022"),
    ("Губернатор Омской области встретился с акимом Павлодарской области, а в 2023 году Омск подписал "
     "соглашение с Алматы.", None),
    ("На заседании рабочей группы Курской и Гомельской областей обсуждали проекты, начатые в 2020 году.", None),
]


@pytest.mark.parametrize("text,year", YEARS, ids=[c[0][:40] for c in YEARS])
def test_year_inside_the_meeting_phrase(extract, text, year):
    meetings = [f for f in extract(text, "2025-06-02") if f["type"] == "meeting"]
    assert [m["date"] for m in meetings] == [year]


# "глава региона" at a meeting is the one person the document names as that territory's head,
# whatever the word of his post
HEAD_OF_TERRITORY = [
    ("Делегацию возглавил губернатор Астраханской области Игорь Бабушкин. Глава региона провёл переговоры с "
     "губернатором провинции Гилян Асадоллой Аббаси.", "Игорь Бабушкин"),
    ("Раис Татарстана Рустам Минниханов прибыл в Минск. Там глава республики встретился с председателем "
     "Минского облисполкома Александром Турчиным.", "Рустам Минниханов"),
    ("В Омск приехал аким Павлодарской области Асаин Байханов. Глава области провёл переговоры с "
     "губернатором Омской области Виталием Хоценко.", "Асаин Байханов"),
]


@pytest.mark.parametrize("text,head", HEAD_OF_TERRITORY, ids=[c[0][:40] for c in HEAD_OF_TERRITORY])
def test_head_of_territory_at_the_meeting(extract, text, head):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and head in meetings[0]["participants"]


def test_head_of_territory_is_not_a_former_head(extract):
    # a former governor named beside the governor: "глава региона" is the one in office
    facts = extract("Губернатор Астраханской области Игорь Бабушкин и бывший губернатор Астраханской области "
                    "Александр Жилкин приехали в Решт. Глава региона провёл переговоры с губернатором "
                    "провинции Гилян Асадоллой Аббаси.")
    meetings = [f for f in facts if f["type"] == "meeting"]
    assert len(meetings) == 1 and "Игорь Бабушкин" in meetings[0]["participants"]
    assert "Александр Жилкин" not in meetings[0]["participants"]


# an official speaking in the sentence right after a meeting speaks at it
RIGHT_AFTER = [
    ("В Омске прошли переговоры Омской и Павлодарской областей. Аким Павлодарской области Асаин Байханов "
     "подчеркнул важность сотрудничества.", "Асаин Байханов"),
    ("В Гомеле прошли переговоры Брянской и Гомельской областей. Председатель Гомельского облисполкома Иван "
     "Крупко отметил рост поставок.", "Иван Крупко"),
    ("Губернатор Курской области встретился с послом Беларуси Дмитрием Крутым. Посол Беларуси Дмитрий Крутой "
     "сказал, что товарооборот растет.", "Дмитрий Крутой"),
]


@pytest.mark.parametrize("text,person", RIGHT_AFTER, ids=[c[0][:40] for c in RIGHT_AFTER])
def test_speaker_right_after_the_meeting(extract, text, person):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and person in meetings[0]["participants"]


def test_speaker_later_is_not_at_the_meeting(extract):
    facts = extract("В Гомеле прошли переговоры Брянской и Гомельской областей. Стороны обсудили поставки. "
                    "Позже в Минске председатель Гомельского облисполкома Иван Крупко отметил рост урожая.")
    meetings = [f for f in facts if f["type"] == "meeting"]
    assert len(meetings) == 1 and "Иван Крупко" not in meetings[0]["participants"]


# an official who speaks of the meeting soon after it was at it
SPEAKS_OF_IT = [
    ("В мэрии прошла встреча руководства Минска с делегацией Шэньяна. Стороны рассмотрели перспективы. Особое "
     "внимание уделили парку. Председатель Мингорисполкома Андрей Шорец отметил, что встреча станет началом "
     "сотрудничества.", "Андрей Шорец"),
    ("Губернатор Омской области встретился с делегацией Павлодарской области. Обсуждались поставки зерна. "
     "Аким Павлодарской области Асаин Байханов подчеркнул, что переговоры были полезными.", "Асаин Байханов"),
    ("В Бресте прошло заседание рабочей группы Брестской и Тульской областей. Обсуждались поставки. Был принят "
     "план. Заместитель губернатора Тульской области Олег Петров сказал, что заседание прошло продуктивно.",
     "Олег Петров"),
]


@pytest.mark.parametrize("text,person", SPEAKS_OF_IT, ids=[c[0][:40] for c in SPEAKS_OF_IT])
def test_speaker_of_the_meeting_was_at_it(extract, text, person):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and person in meetings[0]["participants"]


# a council of the two sides' regions counted by an ordinal is a session of it; a board of directors
# is not; the venue is the place that hangs on the meeting's own word
COUNCILS = [
    ("Наши делегации были в Самарканде, в Бухаре, участвовали во втором совете регионов России и Узбекистана "
     "в Москве.", [("commission", ["RU", "UZ"], 2, "RU-MOW")]),
    ("В Ташкенте прошёл первый Совет регионов России и Узбекистана.", [("commission", ["RU", "UZ"], 1, "UZ-TK")]),
    ("Губернатор выступил на третьем совете регионов Беларуси и Казахстана в Астане.",
     [("commission", ["BY", "KZ"], 3, "KZ-71")]),
    ("Во втором совете директоров компании участвовали представители Омской области и Казахстана.", []),
    ("Совет регионов России и Узбекистана создан в 2022 году.", []),
]


@pytest.mark.parametrize("text,expected", COUNCILS, ids=[c[0][:40] for c in COUNCILS])
def test_numbered_council(extract, text, expected):
    found = [(f["kind"], sorted(f["parties"]), f["number"], f["place"]) for f in extract(text) if f["type"] == "meeting"]
    assert found == [(k, sorted(p), n, v) for k, p, n, v in expected]


# talks held online are talks
@pytest.mark.parametrize("text,parties", [
    ("Состоялась первая официальная видеоконференция между администрациями Ткуарчалского района и города "
     "Сургута.", ["GE-AB/Ткуарчалский район", "RU-KHM/Сургут"]),
    ("Губернатор Омской области провел видеоконференцию с акимом Павлодарской области.", ["RU-OMS", "KZ-55"]),
    ("Прошла онлайн-встреча губернатора Курской области и председателя Гомельского облисполкома.",
     ["RU-KRS", "BY-HO"]),
])
def test_talks_online(extract, text, parties):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert [(m["kind"], sorted(m["parties"])) for m in meetings] == [("talks", sorted(parties))]


# an invitation to an event: where one is invited to go (accusative) is not a setting of the invitation;
# the event lies ahead
INVITED_TO = [
    "Мэр Казани Ильсур Метшин пригласил делегацию Ташкента на форум, который пройдет в сентябре.",
    "Председатель Брестского облисполкома пригласил смоленских коллег на Форум регионов Беларуси и России.",
    "Аким Костанайской области пригласил губернатора Курганской области на заседание совета приграничного "
    "сотрудничества.",
]


@pytest.mark.parametrize("text", INVITED_TO)
def test_invitation_to_an_event_is_no_meeting(extract, text):
    assert_facts(extract(text), "meeting", [])


# a pronoun standing for the meeting just named ('в нём', 'в ней', 'на них') with a verb of taking part
PARTICIPATION_PRONOUNS = [
    ("Состоялось заседание рабочей группы Брестской и Смоленской областей. Участие в нем приняли первый "
     "заместитель председателя облисполкома Александр Рогачук и вице-губернатор Смоленской области Юрий Пучков.",
     ["Александр Рогачук", "Юрий Пучков"]),
    ("Прошла встреча губернатора Омской области с акимом Павлодарской области. В ней приняли участие министр "
     "экономики Омской области Иван Петров и посол Казахстана Даурен Абаев.", ["Иван Петров", "Даурен Абаев"]),
    ("Состоялись переговоры делегаций Курской и Гомельской областей. На них присутствовали председатель "
     "облисполкома Иван Крупко и губернатор Роман Старовойт.", ["Иван Крупко", "Роман Старовойт"]),
]


@pytest.mark.parametrize("text,people", PARTICIPATION_PRONOUNS)
def test_participants_named_through_a_pronoun(extract, text, people):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and sorted(meetings[0]["participants"]) == sorted(people)


# the posts that name the meeting in its own sentence decide its sides over the people added later
POSTS_FIRST = [
    ("Прошла встреча губернатора Омской области с акимом Павлодарской области. В ней приняли участие министр "
     "экономики Омской области Иван Петров и посол Казахстана Даурен Абаев.", ["RU-OMS", "KZ-55"]),
    ("Состоялись переговоры мэра Казани с хокимом Ташкента. На них присутствовал посол Узбекистана Ботиржон "
     "Асадов.", ["RU-TA/Казань", "UZ-TK"]),
    ("Прошла встреча председателя Гомельского облисполкома с губернатором Брянской области. В ней участвовал "
     "посол России Борис Грызлов.", ["BY-HO", "RU-BRY"]),
]


@pytest.mark.parametrize("text,parties", POSTS_FIRST)
def test_posts_of_the_meeting_sentence_decide_its_sides(extract, text, parties):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and sorted(meetings[0]["parties"]) == sorted(parties)


# "Стороны обсудили …" after a meeting: the sides of the people just named (one meeting), and a place inside
# what was discussed is not the venue
SIDES_DISCUSSED = [
    ("Губернатор Курганской области Вадим Шумков встретился с акимом Костанайской области Кумаром Аксакаловым. "
     "Стороны обсудили открытие торгового дома в Костанае и запуск авиарейса Курган — Астана.",
     ["RU-KGN", "KZ-39"], None),
    ("Глава Татарстана Рустам Минниханов провел переговоры с хокимом Самаркандской области. Стороны обсудили "
     "строительство завода в Ташкенте.", ["RU-TA", "UZ-SA"], None),
    ("Губернатор Омской области обсудил в Павлодаре с акимом Павлодарской области Асаином Байхановым поставки "
     "зерна.", ["RU-OMS", "KZ-55"], "KZ-55/Павлодар"),
]


@pytest.mark.parametrize("text,parties,place", SIDES_DISCUSSED)
def test_sides_that_discussed_and_places_of_the_topic(extract, text, parties, place):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1
    assert sorted(meetings[0]["parties"]) == sorted(parties) and meetings[0].get("place") == place


# "Подписание состоялось в рамках … Форума": those who signed in the sentence before took part in the session
SIGNED_AT_IT = [
    ("Губернатор Ульяновской области Алексей Русских и хоким Навоийской области Нормат Турсунов подписали дорожную "
     "карту. Подписание состоялось в рамках II Форума межрегионального сотрудничества России и Узбекистана.",
     ["Алексей Русских", "Нормат Турсунов"]),
    ("Аким Костанайской области Кумар Аксакалов и губернатор Курганской области Вадим Шумков подписали соглашение. "
     "Подписание прошло на полях XX Форума межрегионального сотрудничества России и Казахстана.",
     ["Кумар Аксакалов", "Вадим Шумков"]),
    ("Губернатор Брянской области Александр Богомаз и председатель Гомельского облисполкома Иван Крупко подписали "
     "план мероприятий. Церемония подписания прошла в ходе заседания совета делового сотрудничества Брянской "
     "области и Беларуси.", ["Александр Богомаз", "Иван Крупко"]),
]


@pytest.mark.parametrize("text,people", SIGNED_AT_IT)
def test_signatories_took_part_in_the_session_they_signed_at(extract, text, people):
    meetings = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(meetings) == 1 and sorted(meetings[0]["participants"]) == sorted(people)


# meeting.spoke_at_it: a speaker at a bare "на заседании"/"на встрече" right after a meeting was at it; a session of
# another body is another event
SESSION = "В Казани прошло заседание рабочей группы по сотрудничеству Татарстана и Узбекистана. "
SPOKE_AT_IT = [
    (SESSION + "С докладом на заседании выступил заместитель премьер-министра Татарстана Олег Коробченко.",
     ["Олег Коробченко"]),
    (SESSION + "Стороны обсудили логистику. В своём выступлении на заседании министр экономики Узбекистана Илхом "
     "Норкулов предложил новые проекты.", ["Илхом Норкулов"]),
    (SESSION + "На заседании с докладом о поставках зерна выступил министр сельского хозяйства Татарстана Марат "
     "Зяббаров.", ["Марат Зяббаров"]),
    (SESSION + "Позже на заседании Государственного Совета выступил министр финансов Татарстана Радик Гайзатуллин.",
     []),
]


@pytest.mark.parametrize("text,people", SPOKE_AT_IT, ids=[c[0][80:120] for c in SPOKE_AT_IT])
def test_speaker_at_the_session_took_part(extract, text, people):
    found = [f for f in extract(text) if f["type"] == "meeting"]
    assert len(found) == 1 and found[0]["participants"] == people


# meeting.ongoing_negotiations: negotiations under way (present tense) are no meeting; talks held, even continued, are
ONGOING = [
    ("Стороны продолжают переговоры о поставках коммунальной техники между Брянской областью и Гомельской "
     "областью.", 0),
    ("Сейчас Брянская область и Гомельская область ведут переговоры о поставках техники.", 0),
    ("В настоящее время ведутся переговоры между Татарстаном и Узбекистаном об открытии торгового дома.", 0),
    ("Губернатор Брянской области и председатель Гомельского облисполкома продолжили переговоры в расширенном "
     "составе.", 1),
    ("Губернатор Брянской области вёл переговоры с председателем Гомельского облисполкома.", 1),
]


@pytest.mark.parametrize("text,count", ONGOING, ids=[c[0][:40] for c in ONGOING])
def test_negotiations_under_way_are_no_meeting(extract, text, count):
    assert len([f for f in extract(text) if f["type"] == "meeting"]) == count


# a conference named by both sides is their forum; a conference in general is not
CONFERENCES = [
    ("Губернатор Свердловской области принял участие в Российско-Киргизской конференции по межрегиональному "
     "сотрудничеству.", [{"kind": "forum", "parties": ["RU", "KG"]}]),
    ("В Оренбурге прошла российско-казахстанская конференция по приграничному сотрудничеству.",
     [{"kind": "forum", "parties": ["RU", "KZ"], "place": "RU-ORE/Оренбург"}]),
    ("Во время делового завтрака на Российско-Киргизской конференции губернатор Свердловской области обсудил "
     "поставки.", [{"kind": "forum", "parties": ["RU", "KG"]}]),
    ("На научной конференции в Минске выступили историки.", []),
]


@pytest.mark.parametrize("text,expected", CONFERENCES, ids=[c[0][:40] for c in CONFERENCES])
def test_conference_of_the_two_sides_is_a_forum(extract, text, expected):
    assert_facts(extract(text), "meeting", expected)


# meeting.later_meeting: a meeting told as coming after another ("Затем", "После этого") is another one, even with a
# partner inside the first's country; talks continued with the same sides stay one
LATER = [
    ("Губернатор Липецкой области встретился с послом Беларуси. После этого состоялась встреча с председателем "
     "Гомельского облисполкома.", [["BY", "RU-LIP"], ["BY-HO", "RU-LIP"]]),
    ("Губернатор Липецкой области встретился с послом Беларуси. Затем губернатор провёл переговоры с председателем "
     "Гомельского облисполкома.", [["BY", "RU-LIP"], ["BY-HO", "RU-LIP"]]),
    ("Губернатор Курской области встретился с послом Беларуси. Позже прошла встреча с председателем Могилёвского "
     "облисполкома.", [["BY", "RU-KRS"], ["BY-MA", "RU-KRS"]]),
    ("Губернатор Липецкой области встретился с председателем Гомельского облисполкома. Затем переговоры продолжились "
     "в расширенном составе.", [["BY-HO", "RU-LIP"]]),
]


@pytest.mark.parametrize("text,pairs", LATER, ids=[c[0][60:100] for c in LATER])
def test_later_meeting_is_another(extract, text, pairs):
    assert sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "meeting") == pairs


# meeting.venue_of_the_event: in another sentence than the meeting's, a place is its venue only on a word of the event
VENUES = [
    ("Губернатор встретился с послом Узбекистана. Встреча прошла в Уфе.", "RU-BA/Уфа"),
    ("Глава Башкортостана Радий Хабиров провёл встречу с послом Узбекистана Ботиржоном Асадовым. Посол сообщил, что в "
     "Уфе до конца года может открыться генеральное консульство.", None),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны договорились открыть в Павлодаре "
     "торговый дом. Переговоры состоялись в Омске.", "RU-OMS/Омск"),
    ("Губернатор Омской области провёл переговоры с акимом Павлодарской области в Омске.", "RU-OMS/Омск"),
]


@pytest.mark.parametrize("text,place", VENUES, ids=[c[0][40:80] for c in VENUES])
def test_venue_of_the_event(extract, text, place):
    assert [f["place"] for f in extract(text) if f["type"] == "meeting"] == [place]


# an official receiving a delegation holds talks with it; a country's adjective on a delegation stands for the
# territory the text is about (meeting.delegation_adjective_refined)
RECEIVED = [
    ("Губернатор Омской области принял узбекскую делегацию.", [["RU-OMS", "UZ"]]),
    ("Председатель Гомельского облисполкома принял делегацию Брянской области.", [["BY-HO", "RU-BRY"]]),
    ("Хоким Самаркандской области прибыл в Пензу. Узбекская делегация встретилась с губернатором Пензенской области.",
     [["RU-PNZ", "UZ-SA"]]),
    ("Губернатор Брянской области встретил делегацию Гомельской области в аэропорту.", []),
]


@pytest.mark.parametrize("text,pairs", RECEIVED, ids=[c[0][:40] for c in RECEIVED])
def test_delegation_received(extract, text, pairs):
    assert sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "meeting") == pairs


# clauses.intent_of_subject: an active verb of intent or discussion governs its object, not its subject
SUBJECT_OF_INTENT = [
    ("Участники XX Форума межрегионального сотрудничества России и Казахстана обсудили логистику.",
     [{"kind": "forum", "number": 20}]),
    ("Участники встречи губернатора Омской области и акима Павлодарской области договорились открыть торговый дом.",
     [{"kind": "talks", "parties": ["RU-OMS", "KZ-55"]}]),
    ("Организаторы II Форума регионов России и Узбекистана планируют расширить его программу.",
     [{"kind": "forum", "number": 2}]),
    # what is discussed is the object: the session is not held, the talks are
    ("Стороны обсудили проведение заседания рабочей группы Омской и Павлодарской областей.", [{"kind": "talks"}]),
]


@pytest.mark.parametrize("text,expected", SUBJECT_OF_INTENT, ids=[c[0][:40] for c in SUBJECT_OF_INTENT])
def test_intent_governs_its_object_not_its_subject(extract, text, expected):
    assert_facts(extract(text), "meeting", expected)


# meeting.body_of_a_post: a commission named in a person's title is his post, not a session of it
BODY_OF_A_POST = [
    ("В Баку также состоялась встреча губернатора Астраханской области Игоря Бабушкина с заместителем премьер-министра "
     "Азербайджанской Республики Шахином Мустафаевым, сопредседателем межправкомиссии.", ["talks"]),
    ("Губернатор Омской области провел переговоры с министром энергетики Казахстана Алмасаром Жумабаевым, "
     "сопредседателем межправкомиссии.", ["talks"]),
    ("Глава Татарстана Рустам Минниханов встретился с сопредседателем межправкомиссии, министром промышленности "
     "Беларуси Александром Ефимовым.", ["talks"]),
    # the session itself
    ("Заседание межправкомиссии России и Казахстана прошло в Омске. Его провел сопредседатель межправкомиссии Алмасар "
     "Жумабаев.", ["commission"]),
]


@pytest.mark.parametrize("text,kinds", BODY_OF_A_POST, ids=["baku", "omsk", "kazan", "session"])
def test_commission_in_a_title_is_no_session(extract, text, kinds):
    assert [f["kind"] for f in of_type(extract(text), "meeting")] == kinds


def test_government_post_wins_over_a_commission_post(extract):
    text = BODY_OF_A_POST[0][0]
    got = {f["person"]: f["title"] for f in of_type(extract(text), "role")}
    assert got["Шахин Мустафаев"] == "заместитель премьер-министра", got
