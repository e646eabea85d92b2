"""agreement rules, one sentence each (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

CASES = [
    # signed, with period, signatories and sides from the signatories' titles
    ("Губернатор Астраханской области Игорь Бабушкин и аким Атырауской области Серик Шапкенов "
     "подписали план мероприятий на 2025–2027 годы.",
     [{"kind": "plan", "parties": ["RU-AST", "KZ-23"], "period": [2025, 2027],
       "signatories": ["Игорь Бабушкин", "Серик Шапкенов"]}]),
    # "между A и B" names the sides; an earlier framework agreement with its own date
    ("Подписан План мероприятий между Правительством Республики Татарстан и Минским областным "
     "исполнительным комитетом в рамках Соглашения о сотрудничестве от 12 декабря 2019 года.",
     [{"kind": "plan", "parties": ["RU-TA", "BY-MI"]},
      {"kind": "agreement", "parties": ["RU-TA", "BY-MI"], "date": "2019-12-12"}]),
    # twinning whatever the document is called; the date from the weekday and publication
    ("Мэр Казани Ильсур Метшин и председатель Мингорисполкома Владимир Кухарев подписали в четверг "
     "соглашение об установлении побратимских отношений.",
     [{"kind": "twinning", "parties": ["RU-TA/Казань", "BY-HM"], "date": "2024-12-05"}]),
    # twinning stated without a document
    ("Омск и Витебск — города-побратимы.", [{"kind": "twinning", "parties": ["RU-OMS/Омск", "BY-VI/Витебск"]}]),
    ("Брянск и Гомель являются городами-побратимами с 1993 года.",
     [{"kind": "twinning", "parties": ["RU-BRY/Брянск", "BY-HO/Гомель"], "date": "1993"}]),
    # the region right after a district only says where the district is
    ("Стародорожский район Минской области и Рыбно-Слободский муниципальный район Республики Татарстан "
     "подписали соглашение о сотрудничестве.",
     [{"kind": "agreement", "parties": ["BY-MI/Стародорожский район", "RU-TA/Рыбно-Слободский район"]}]),
    # a country right after its own province or aimag only says where that part is (also when the
    # named-entity model reads the part as an organisation)
    ("Новый этап сотрудничества между Забайкальским краем и Восточным аймаком Монголии начался с подписания "
     "протокола о намерениях.",
     [{"kind": "protocol", "parties": ["RU-ZAB", "MN-061"]}]),
    ("Соглашение о сотрудничестве подписали Амурская область и провинция Хэйлунцзян Китая.",
     [{"kind": "agreement", "parties": ["RU-AMU", "CN-HL"]}]),
    ("Омская область и Павлодарская область Казахстана заключили соглашение о торгово-экономическом "
     "сотрудничестве.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}]),
    # those in whose presence it was signed are not signatories; "подписи поставили" is a signing
    ("В присутствии Раиса Татарстана Рустама Минниханова и Премьер-министра Беларуси Романа Головченко министр "
     "экономики РТ Мидхат Шагиахметов и министр экономики Беларуси Юрий Чеботарь подписали дорожную карту.",
     [{"kind": "roadmap", "parties": ["RU-TA", "BY"], "signatories": ["Мидхат Шагиахметов", "Юрий Чеботарь"]}]),
    ("Подписи под меморандумом поставили мэр Уфы Ратмир Мавлиев и хоким Бухары Жамшид Ибрагимов.",
     [{"kind": "memorandum", "parties": ["RU-BA/Уфа", "UZ-BU/Бухара"],
       "signatories": ["Ратмир Мавлиев", "Жамшид Ибрагимов"]}]),
    # a plan's years after the phrase of the agreement it implements; an authority is no organisation; the
    # agreement it implements is named as concluded, so it is a fact too (FACTS: "an earlier document … named as
    # concluded")
    ("Стороны подписали план мероприятий по реализации соглашения между Правительством Псковской области и "
     "Витебским областным исполнительным комитетом на 2024–2026 годы.",
     [{"kind": "plan", "parties": ["RU-PSK", "BY-VI"], "period": [2024, 2026]},
      {"kind": "agreement", "parties": ["RU-PSK", "BY-VI"], "period": None}]),
    # the years at the end belong to the roadmap, not to the agreement it implements
    ("Мордовия и Гродненская область подписали дорожную карту по реализации соглашения о сотрудничестве на "
     "2025–2026 годы.",
     [{"kind": "roadmap", "parties": ["RU-MO", "BY-HR"], "period": [2025, 2026]},
      {"kind": "agreement", "parties": ["RU-MO", "BY-HR"], "period": None}]),
    # one fact per "между" pair of a plural
    ("В ходе визита были подписаны соглашения между Татарстаном и Гомельской областью, а также между Казанью и "
     "Гомелем.",
     [{"kind": "agreement", "parties": ["RU-TA", "BY-HO"]},
      {"kind": "agreement", "parties": ["RU-TA/Казань", "BY-HO/Гомель"]}]),
    # one fact per listed partner
    ("Между Республикой Беларусь и Курской областью действуют соглашения с тремя регионами "
     "(Гомельской, Могилевской и Брестской областями).",
     [{"kind": "agreement", "parties": ["RU-KRS", "BY-HO"]}, {"kind": "agreement", "parties": ["RU-KRS", "BY-MA"]},
      {"kind": "agreement", "parties": ["RU-KRS", "BY-BR"]}]),
    # planned, hoped or counted: nothing
    ("Губернатор Курской области провел переговоры в Гомеле. Планируется подписание меморандума "
     "о сотрудничестве Курской и Гомельской областей.", []),
    ("Гомельская область намерена подписать соглашение с Курской областью.", []),
    # "Соглашение подписали" after a twinning statement names that twinning
    ("Витебск и Смоленск стали городами-побратимами. Соглашение подписали председатель Витебского "
     "горисполкома Виктор Николайкин и глава Смоленска Александр Новиков.",
     [{"kind": "twinning", "parties": ["BY-VI/Витебск", "RU-SMO/Смоленск"],
       "signatories": ["Виктор Николайкин", "Александр Новиков"]}]),
    # a year the signing verb governs, however far from it
    ("Ранее, в 2021 году, Смоленская область и Витебская область утвердили программу сотрудничества "
     "на 2021–2023 годы.",
     [{"kind": "plan", "parties": ["RU-SMO", "BY-VI"], "date": "2021", "period": [2021, 2023]}]),
    # … through "ранее", the parser's head of the parenthetical year, with a long subject between
    ("Ранее, в 2023 году, правительство Красноярского края и аймак Сэлэнгэ подписали меморандум о сотрудничестве.",
     [{"kind": "memorandum", "parties": ["RU-KYA", "MN-049"], "date": "2023"}]),
    ("Ранее, в 2022 году, администрация города Курска и Гомельский городской исполнительный комитет подписали "
     "соглашение о сотрудничестве.", [{"kind": "agreement", "parties": ["RU-KRS/Курск", "BY-HO/Гомель"], "date": "2022"}]),
    ("Ожидается подписание соглашения между Брестской и Смоленской областями.", []),
    # a year of when it is to be signed is no date the document is named by
    ("Губернатор Иркутской области и губернатор аймака Хувсгел договорились подписать соглашение о сотрудничестве в "
     "2026 году.", []),
    ("Стороны намерены заключить меморандум между Омской и Павлодарской областями в 2026 году.", []),
    ("Курская и Гомельская области планируют подписать программу сотрудничества в марте 2026 года.", []),
    ("Всего между регионами России и Беларуси заключено 26 соглашений.", []),
    # a roadmap and the agreement it implements
    ("Северо-Казахстанская и Курганская области подписали дорожную карту по реализации соглашения "
     "о сотрудничестве.",
     [{"kind": "roadmap", "parties": ["KZ-59", "RU-KGN"]}, {"kind": "agreement", "parties": ["KZ-59", "RU-KGN"]}]),
    # each partner of a list with one home side; "аналогичные" takes the kind before it
    ("Глава Администрации Уфы Ратмир Мавлиев и мэр Оша Жанарбек Акаев подписали меморандум об установлении "
     "побратимских связей. Ранее Уфа заключила аналогичные соглашения с Бишкеком и Ташкентом.",
     [{"kind": "twinning", "parties": ["RU-BA/Уфа", "KG-GO"]}, {"kind": "twinning", "parties": ["RU-BA/Уфа", "KG-GB"]},
      {"kind": "twinning", "parties": ["RU-BA/Уфа", "UZ-TK"]}]),
    # "до 2015 года" is an open start
    ("Власти Белоруссии и Башкортостана подписали программу сотрудничества до 2015 года.",
     [{"kind": "plan", "parties": ["BY", "RU-BA"], "period": [None, 2015]}]),
    # a document noun coordinated with a counted one is counted too: no fact
    ("За время визита подписано 9 соглашений и протоколов между омской и казахстанской сторонами.", []),
    ("Регионы заключили более 20 договоров и меморандумов между Брестской и Смоленской областями.", []),
    ("Всего подписано пять меморандумов и соглашений между Гродненской и Ленинградской областями.", []),
    # the document named again after its predicate ("обусловлено", "стало") is the same document
    ("Брестская и Смоленская области подписали соглашение о сотрудничестве. Подписание соглашения обусловлено "
     "ростом торговли между областями.",
     [{"kind": "agreement", "parties": ["BY-BR", "RU-SMO"]}]),
    ("Гомельская и Брянская области подписали меморандум. Подписание меморандума стало итогом визита белорусской "
     "делегации.", [{"kind": "memorandum", "parties": ["BY-HO", "RU-BRY"]}]),
    # ... and gives it the date it was signed
    ("Создана рабочая группа по реализации соглашения между Башкортостаном и Татарстаном. Отметим, что "
     "соглашение было заключено в апреле 2019 года.",
     [{"kind": "agreement", "parties": ["RU-BA", "RU-TA"], "date": "2019-04"}]),
    # the name in brackets names the same document, and its kind
    ("Губернатор Санкт-Петербурга и хоким Ташкента подписали обновлённый план («дорожную карту») сотрудничества "
     "Санкт-Петербурга и Ташкента до 2028 года.",
     [{"kind": "roadmap", "parties": ["RU-SPE", "UZ-TK"], "period": [None, 2028]}]),
    ("Подписан план мероприятий (дорожная карта) по развитию сотрудничества между Омской и Павлодарской "
     "областями на 2025–2027 годы.",
     [{"kind": "roadmap", "parties": ["RU-OMS", "KZ-55"], "period": [2025, 2027]}]),
    ("Брестская и Смоленская области утвердили программу (план мероприятий) сотрудничества на 2025 год.",
     [{"kind": "plan", "parties": ["BY-BR", "RU-SMO"]}]),
    # "Документ подписали …" after a plan that implements an agreement: the plan's signatories
    ("Утверждён план мероприятий по реализации соглашения между Хабаровским краем и Республикой Беларусь на "
     "2025–2027 годы. Документ подписали губернатор Хабаровского края Дмитрий Демешин и председатель "
     "Могилёвского облисполкома Анатолий Исаченко.",
     [{"kind": "plan", "parties": ["RU-KHA", "BY"], "period": [2025, 2027], "signatories": ["Дмитрий Демешин",
                                                                                         "Анатолий Исаченко"]},
      {"kind": "agreement", "parties": ["RU-KHA", "BY"], "period": None, "signatories": []}]),
    # an earlier document of the kind just named: its own fact, never merged into the new one
    ("Оренбургская и Западно-Казахстанская области подписали новую дорожную карту на 2026–2028 годы. Она "
     "продолжает предыдущий документ, подписанный в 2023 году.",
     [{"kind": "roadmap", "parties": ["RU-ORE", "KZ-27"], "period": [2026, 2028]},
      {"kind": "roadmap", "parties": ["RU-ORE", "KZ-27"], "date": "2023"}]),
    ("Свердловская область и Киргизия подписали соглашение о внешнеэкономических связях. Первое подобное "
     "соглашение было подписано в июле 2006 года.",
     [{"kind": "agreement", "parties": ["RU-SVE", "KG"], "date": None},
      {"kind": "agreement", "parties": ["RU-SVE", "KG"], "date": "2006-07"}]),
    ("Гомельская и Брянская области подписали программу сотрудничества. Прежняя программа была утверждена в "
     "2019 году.",
     [{"kind": "plan", "parties": ["BY-HO", "RU-BRY"], "date": None},
      {"kind": "plan", "parties": ["BY-HO", "RU-BRY"], "date": "2019"}]),
    # ... but an earlier document with sides of its own is just a document
    ("Сотрудничество Казани с Беларусью началось в 1997 году, когда было подписано первое соглашение с Минском.",
     [{"kind": "agreement", "parties": ["RU-TA/Казань", "BY-HM"], "date": "1997"}]),
    # a headline's open period and the body's full one are one document with the full period
    ("Оренбуржье и Западно-Казахстанская область подписали дорожную карту до 2028 года. Дорожная карта "
     "сотрудничества Оренбургской и Западно-Казахстанской областей рассчитана на 2026–2028 годы.",
     [{"kind": "roadmap", "parties": ["RU-ORE", "KZ-27"], "period": [2026, 2028]}]),
    # "одно из соглашений": one document of several
    ("Одно из соглашений заключено между Брестской и Смоленской областями.",
     [{"kind": "agreement", "parties": ["BY-BR", "RU-SMO"]}]),
    ("Один из меморандумов подписали Омская область и Павлодарская область.",
     [{"kind": "memorandum", "parties": ["RU-OMS", "KZ-55"]}]),
    ("Одно из соглашений Гомельская область заключила с Брянской областью.",
     [{"kind": "agreement", "parties": ["BY-HO", "RU-BRY"]}]),
    # a past signing participle on the noun: the document exists whatever the sentence plans
    ("Стороны договорились обновить соглашение о сотрудничестве между Ростовской областью и Вьетнамом, подписанное "
     "в 2000 году.", [{"kind": "agreement", "parties": ["RU-ROS", "VN"], "date": "2000"}]),
    ("Губернатор и посол намерены дополнить заключённое в 2015 году соглашение между Курской областью и Беларусью.",
     [{"kind": "agreement", "parties": ["RU-KRS", "BY"]}]),
    ("Стороны планируют продлить меморандум между Омском и Павлодаром, подписанный три года назад.",
     [{"kind": "memorandum", "parties": ["RU-OMS/Омск", "KZ-55/Павлодар"]}]),
    ("Стороны планируют подписать меморандум между Омском и Павлодаром.", []),
    # what is on a programme or an agenda is scheduled, not done
    ("В программе форума — подписание соглашений между Саратовской областью и Западно-Казахстанской областью.", []),
    ("В повестке визита — подписание меморандума между Брянском и Гомелем.", []),
    ("В программе поездки значится подписание дорожной карты между Омской и Павлодарской областями.", []),
    # a document a text says another one is based on is in force
    ("Меморандум, основанный на соглашении о дружбе между Казахстаном и Россией, открывает новые возможности.",
     [{"kind": "agreement", "parties": ["KZ", "RU"]}]),
    ("Сотрудничество областей опирается на соглашение между Беларусью и Татарстаном.",
     [{"kind": "agreement", "parties": ["BY", "RU-TA"]}]),
    # a re-mention by another noun, with the signatories' titles in a participle clause, is the same document
    ("Омская и Павлодарская области подписали меморандум о сотрудничестве. Соглашение, подписанное акимом "
     "Павлодарской области Асаином Байхановым и губернатором Омской области Виталием Хоценко, направлено на "
     "укрепление связей.",
     [{"kind": "memorandum", "parties": ["RU-OMS", "KZ-55"], "signatories": ["Асаин Байханов", "Виталий Хоценко"]}]),
    # ... but not after another pair of sides was named: then it is that pair's document
    ("Брестская и Смоленская области подписали соглашение. О сотрудничестве также договорились Гомельская и "
     "Брянская области. Соглашение подписали председатель Гомельского облисполкома Иван Крупко и губернатор "
     "Брянской области Александр Богомаз.",
     [{"kind": "agreement", "parties": ["BY-BR", "RU-SMO"]},
      {"kind": "agreement", "parties": ["BY-HO", "RU-BRY"], "signatories": ["Иван Крупко", "Александр Богомаз"]}]),
    ("О сотрудничестве договорились Гомельская и Брянская области. Соглашение подписали в Гомеле.",
     [{"kind": "agreement", "parties": ["BY-HO", "RU-BRY"]}]),
    # "между" after the document's predicate belongs to something else
    ("Соглашение между Казахстаном и Россией открывает возможности для связей между Абайской областью и Карелией.",
     [{"kind": "agreement", "parties": ["KZ", "RU"]}]),
    # one document per member of a list sharing its head noun
    ("У нас есть соглашение между правительством Омской области и акиматами Павлодарской и Костанайской областей.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}, {"kind": "agreement", "parties": ["RU-OMS", "KZ-39"]}]),
    ("Подписано соглашение между Брестской областью и администрациями Тульской, Рязанской областей и Алтайского края.",
     [{"kind": "agreement", "parties": ["BY-BR", "RU-TUL"]}, {"kind": "agreement", "parties": ["BY-BR", "RU-RYA"]},
      {"kind": "agreement", "parties": ["BY-BR", "RU-ALT"]}]),
    ("Действует меморандум между Астраханской областью и провинциями Гилян и Мазандаран.",
     [{"kind": "memorandum", "parties": ["RU-AST", "IR-01"]}, {"kind": "memorandum", "parties": ["RU-AST", "IR-02"]}]),
    # ... two cities of two countries after one noun are the two sides
    ("Подписано соглашение о сотрудничестве между городами Минском и Шэньяном.",
     [{"kind": "agreement", "parties": ["BY-HM", "CN-LN/Шэньян"]}]),
    # plural documents told apart by sphere: one per sphere; a scope of adjectives is one document
    ("Гродненская и Ленинградская области подписали соглашения в сферах образования, культуры и спорта.",
     [{"kind": "agreement", "parties": ["BY-HR", "RU-LEN"]}] * 3),
    ("Витебская и Псковская области заключили меморандумы в областях медицины и туризма.",
     [{"kind": "memorandum", "parties": ["BY-VI", "RU-PSK"]}] * 2),
    ("Могилевская и Смоленская области подписали соглашения о сотрудничестве в сфере образования, в сфере культуры и "
     "в сфере спорта.", [{"kind": "agreement", "parties": ["BY-MA", "RU-SMO"]}] * 3),
    ("Могилевская и Смоленская области подписали соглашения в области образования, культуры и спорта.",
     [{"kind": "agreement", "parties": ["BY-MA", "RU-SMO"]}] * 3),
    ("Омская и Павлодарская области подписали соглашения по направлениям образования и здравоохранения.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}] * 2),
    ("Омская и Павлодарская области подписали соглашения о сотрудничестве в торгово-экономической и культурной сферах.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}]),
    # establishing twinning or friendly relations of cities or districts: the document signed is the twinning
    ("Кобринский и Гатчинский районы оформили дружественные связи, подписав соответствующее соглашение.",
     [{"kind": "twinning", "parties": ["BY-BR/Кобринский район", "RU-LEN/Гатчинский район"]}]),
    ("Бобруйск и Коломна стали побратимами: главы городов подписали меморандум.",
     [{"kind": "twinning", "parties": ["BY-MA/Бобруйск", "RU-MOS/Коломна"]}]),
    ("Бобруйск и Коломна стали городами-побратимами: главы городов подписали меморандум.",
     [{"kind": "twinning", "parties": ["BY-MA/Бобруйск", "RU-MOS/Коломна"]}]),
    ("Орёл и Брест стали городами-побратимами — мэры подписали соглашение.",
     [{"kind": "twinning", "parties": ["RU-ORL/Орёл", "BY-BR/Брест"]}]),
    ("Мэр Орла, города-побратима Бреста, подписал меморандум с Витебском о туризме.",
     [{"kind": "memorandum", "parties": ["BY-VI/Витебск", "RU-ORL/Орёл"]}]),
    ("Орша и Тула установили дружеские отношения и подписали соглашение.",
     [{"kind": "twinning", "parties": ["BY-VI/Орша", "RU-TUL/Тула"]}]),
    ("Беларусь и Россия подписали соглашение о дружественных связях.", [{"kind": "agreement", "parties": ["BY", "RU"]}]),
    # posts named without a name are the signatories' sides
    ("Соглашение было подписано губернатором Курганской области и акимом Костанайской области.",
     [{"kind": "agreement", "parties": ["RU-KGN", "KZ-39"]}]),
    ("Меморандум скрепили подписями мэр Тулы и председатель Оршанского райисполкома.",
     [{"kind": "memorandum", "parties": ["RU-TUL/Тула", "BY-VI/Оршанский район"]}]),
    ("Дорожную карту подписали глава Удмуртии и председатель Гродненского облисполкома.",
     [{"kind": "roadmap", "parties": ["RU-UD", "BY-HR"]}]),
    # a dated document a sentence relies on exists, whatever the sentence plans
    ("Стороны, руководствуясь Соглашением между Беларусью и Ярославской областью от 14 марта 2016 года, "
     "договорились о поставках.", [{"kind": "agreement", "parties": ["BY", "RU-YAR"], "date": "2016-03-14"}]),
    ("Опираясь на меморандум между Омском и Павлодаром от 5 мая 2019 года, стороны планируют новые проекты.",
     [{"kind": "memorandum", "parties": ["RU-OMS/Омск", "KZ-55/Павлодар"], "date": "2019-05-05"}]),
    # a document with its own sphere is not the one before named again
    ("Губернатор Алтайского края Виктор Томенко и аким Восточно-Казахстанской области Ермек Кошербаев подписали "
     "программу сотрудничества на 2025–2027 годы, а также соглашение в сфере образования.",
     [{"kind": "plan", "parties": ["RU-ALT", "KZ-63"], "period": [2025, 2027]},
      {"kind": "agreement", "parties": ["RU-ALT", "KZ-63"], "signatories": ["Виктор Томенко", "Ермек Кошербаев"]}]),
    ("Омская и Павлодарская области подписали дорожную карту. Тогда же заключено соглашение в области "
     "здравоохранения.",
     [{"kind": "roadmap", "parties": ["RU-OMS", "KZ-55"]}, {"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}]),
    ("Мэр Казани и хоким Ташкента подписали меморандум о сотрудничестве и соглашение в сфере туризма.",
     [{"kind": "memorandum", "parties": ["RU-TA/Казань", "UZ-TK"]},
      {"kind": "agreement", "parties": ["RU-TA/Казань", "UZ-TK"]}]),
    # ... and named again with its sphere, it is one
    ("Омская и Павлодарская области подписали соглашение в сфере образования. Соглашение в сфере образования "
     "предусматривает обмен студентами.", [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}]),
    # agreement.headline_names_places_within: a headline names the document by the sides' capitals; the body's
    # sides stand — one fact, not two
    ("Пенза и Наманган подписали соглашение\n\nГубернатор Пензенской области Олег Мельниченко и хоким Наманганской "
     "области Шавкатжон Абдураззаков подписали соглашение о сотрудничестве.",
     [{"kind": "agreement", "parties": ["RU-PNZ", "UZ-NG"], "signatories": ["Олег Мельниченко",
                                                                           "Шавкатжон Абдураззаков"]}]),
    ("Витебск и Псков подписали план\n\nПредседатель Витебского облисполкома и губернатор Псковской области "
     "утвердили план мероприятий на 2025–2026 годы.",
     [{"kind": "plan", "parties": ["BY-VI", "RU-PSK"], "period": [2025, 2026]}]),
    ("Казань и Ташкент подписали меморандум\n\nТатарстан и Узбекистан подписали меморандум о сотрудничестве.",
     [{"kind": "memorandum", "parties": ["RU-TA", "UZ"]}]),
    # ... the city's own document told in the body stays
    ("Гомель и Брянск подписали соглашение\n\nСоглашение между Гомелем и Брянском подписали мэры городов. Также "
     "Гомельская и Брянская области подписали соглашение о сотрудничестве в сфере туризма.",
     [{"kind": "agreement", "parties": ["BY-HO/Гомель", "RU-BRY/Брянск"]},
      {"kind": "agreement", "parties": ["BY-HO", "RU-BRY"]}]),
    # the ceremony's date and the signers told after "соглашения в сферах …" are every such document's
    ("Соглашения о сотрудничестве в сферах сельского хозяйства, промышленности и культуры подписали губернатор "
     "Пензенской области Олег Мельниченко и хоким Наманганской области Шавкатжон Абдураззаков. Церемония "
     "состоялась 12 октября 2024 года в Пензе.",
     [{"kind": "agreement", "parties": ["RU-PNZ", "UZ-NG"], "date": "2024-10-12"}] * 3),
    ("Гродненская и Ленинградская области подписали соглашения в сферах образования и культуры. Церемония прошла "
     "3 июня 2024 года в Гатчине.", [{"kind": "agreement", "parties": ["BY-HR", "RU-LEN"], "date": "2024-06-03"}] * 2),
    ("Омская и Павлодарская области заключили соглашения в сферах туризма и спорта. Документы подписали губернатор "
     "Виталий Хоценко и аким Асаин Байханов 5 мая 2024 года.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"], "date": "2024-05-05",
       "signatories": ["Виталий Хоценко", "Асаин Байханов"]}] * 2),
    # "программа по реализации соглашения" is a programme (plan), as "программа сотрудничества"
    ("Брянская и Могилевская области утвердили программу по реализации соглашения о сотрудничестве.",
     [{"kind": "plan", "parties": ["RU-BRY", "BY-MA"]}, {"kind": "agreement", "parties": ["RU-BRY", "BY-MA"]}]),
    ("Губернатор Курской области и председатель Гомельского облисполкома подписали программу по развитию "
     "сотрудничества.", [{"kind": "plan", "parties": ["BY-HO", "RU-KRS"]}]),
    ("Омская и Павлодарская области приняли программу по реализации договора о дружбе.",
     [{"kind": "plan", "parties": ["RU-OMS", "KZ-55"]}, {"kind": "contract", "parties": ["RU-OMS", "KZ-55"]}]),
    # agreement.named_by_its_kind: "Соглашение было подписано в 2019 году" after a roadmap implementing it dates
    # the agreement, not the roadmap
    ("Губернатор Томской области Владимир Мазур и аким Павлодарской области Асаин Байханов подписали дорожную карту "
     "по реализации соглашения о торгово-экономическом сотрудничестве. Соглашение было подписано регионами в 2019 "
     "году.", [{"kind": "roadmap", "date": None, "signatories": ["Владимир Мазур", "Асаин Байханов"]},
               {"kind": "agreement", "date": "2019"}]),
    ("Брянская и Могилевская области утвердили программу по реализации соглашения о сотрудничестве. Соглашение было "
     "заключено 5 марта 2020 года.", [{"kind": "plan", "date": None}, {"kind": "agreement", "date": "2020-03-05"}]),
    ("Псковская и Витебская области подписали план мероприятий по реализации соглашения о сотрудничестве. "
     "Соглашение действует с 2018 года.", [{"kind": "plan", "date": None}, {"kind": "agreement", "date": "2018"}]),
    # agreement.date_of_another_clause: the year of a relative clause of another verb is not the signing's
    ("Губернатор Саратовской области встретился с акимом Актюбинской области. Ранее регионы уже подписывали дорожную "
     "карту, срок действия которой истек в 2023 году.", [{"kind": "roadmap", "parties": ["RU-SAR", "KZ-15"],
                                                          "date": None}]),
    ("Брестская и Смоленская области подписали соглашение, которое было подготовлено в 2023 году.",
     [{"kind": "agreement", "date": None}]),
    ("Омская и Павлодарская области подписали меморандум, который истек в 2022 году.",
     [{"kind": "memorandum", "date": None}]),
    ("Соглашение, подписанное 5 мая 2019 года, Омская и Павлодарская области продлили.",
     [{"kind": "agreement", "date": "2019-05-05"}]),
    # the signing told is the plan's, not the older document's it implements (its own date stays)
    ("23 мая в Минске был подписан план мероприятий на 2025–2027 годы по реализации Соглашения между Правительством "
     "Республики Беларусь и Правительством Челябинской области.",
     [{"kind": "plan", "date": "2024-05-23"}, {"kind": "agreement", "date": None}]),
    ("5 марта 2024 года Брянская и Гомельская области утвердили дорожную карту по реализации соглашения о "
     "сотрудничестве.", [{"kind": "roadmap", "date": "2024-03-05"}, {"kind": "agreement", "date": None}]),
    ("Губернатор Омской области и аким Павлодарской области подписали 12 мая 2024 года программу по реализации "
     "соглашения между Омской и Павлодарской областями от 3 марта 2019 года.",
     [{"kind": "plan", "date": "2024-05-12"}, {"kind": "agreement", "date": "2019-03-03"}]),
    # agreement.ceremony_told_after: right after any sentence that told of the document ("Документ подписали …")
    ("Соглашение о сотрудничестве подписали Новгородская и Витебская области\n\nДокумент подписали губернатор "
     "Новгородской области Дронов Александр Сергеевич и председатель Витебского облисполкома Субботин Александр "
     "Геннадьевич.\n\nЦеремония подписания состоялась 11 апреля 2025 года в Великом Новгороде.",
     [{"kind": "agreement", "date": "2025-04-11", "signatories": ["Александр Дронов", "Александр Субботин"]}]),
    ("Брестская и Смоленская области подписали соглашение. Соглашение скрепили подписями губернатор и председатель "
     "облисполкома. Церемония прошла 3 июня 2024 года в Бресте.", [{"kind": "agreement", "date": "2024-06-03"}]),
    ("Гомельская и Брянская области подписали план мероприятий. Документ подписали Иван Крупко и Александр Богомаз. "
     "Церемония состоялась 5 марта 2024 года.", [{"kind": "plan", "date": "2024-03-05"}]),
    ("Брестская и Смоленская области подписали соглашение. Губернатор рассказал о планах на лето. Церемония прошла "
     "3 июня 2024 года в Бресте.", [{"kind": "agreement", "date": None}]),
    # agreement.named_among_counted: a count that goes on to name some documents by partner gives those
    ("Гомельская область подписала 12 соглашений о сотрудничестве, в том числе с Брянской, Смоленской и Курской "
     "областями России.", [{"parties": ["BY-HO", "RU-BRY"]}, {"parties": ["BY-HO", "RU-SMO"]},
                           {"parties": ["BY-HO", "RU-KRS"]}]),
    ("Татарстан заключил 20 соглашений, в том числе с Минской и Гомельской областями.",
     [{"parties": ["RU-TA", "BY-MI"]}, {"parties": ["RU-TA", "BY-HO"]}]),
    ("Омская область заключила 15 соглашений о сотрудничестве, среди них — с Павлодарской областью.",
     [{"parties": ["RU-OMS", "KZ-55"]}]),
    # ... a count alone, or one that names subjects, no partner, stays an aggregate
    ("За пять лет регионы заключили 26 соглашений о сотрудничестве.", []),
    ("Подписано 26 соглашений, в том числе о поставках техники.", []),
    # agreement.partners_whereabouts: the country in the genitive only says where the listed partners are
    ("Курская область подписала соглашения с пятью регионами Беларуси (Гомельской, Могилевской, Брестской, "
     "Витебской и Гродненской областями).",
     [{"parties": ["RU-KRS", p]} for p in ("BY-HO", "BY-MA", "BY-BR", "BY-VI", "BY-HR")]),
    ("Курская область подписала соглашения с регионами Беларуси — Гомельской и Могилевской областями.",
     [{"parties": ["RU-KRS", "BY-HO"]}, {"parties": ["RU-KRS", "BY-MA"]}]),
    ("Омская область заключила соглашения с двумя регионами Казахстана (Павлодарской и Костанайской областями).",
     [{"parties": ["RU-OMS", "KZ-55"]}, {"parties": ["RU-OMS", "KZ-39"]}]),
    # ... the country coordinated with them is a partner too
    ("Татарстан подписал соглашения с Беларусью, Минской и Гомельской областями.",
     [{"parties": ["RU-TA", "BY"]}, {"parties": ["RU-TA", "BY-MI"]}, {"parties": ["RU-TA", "BY-HO"]}]),
    # agreement.outside_signing_clause: a signing told in a relative clause names its own signers, if any
    ("Затем состоялась встреча с мэром Бишкека Айбеком Джунушалиевым, по итогам которой подписан план мероприятий "
     "между Новосибирском и Бишкеком.", [{"kind": "plan", "signatories": []}]),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином Байхановым, "
     "по итогам которых подписана дорожная карта.", [{"kind": "roadmap", "signatories": []}]),
    ("Прошла встреча губернатора Брянской области Александра Богомаза с председателем Гомельского облисполкома "
     "Иваном Крупко, в ходе которой подписан план мероприятий.", [{"kind": "plan", "signatories": []}]),
    ("Омская и Павлодарская области подписали протокол, который скрепили подписями губернатор Виталий Хоценко и аким "
     "Асаин Байханов.", [{"kind": "protocol", "signatories": ["Виталий Хоценко", "Асаин Байханов"]}]),
    # signed "между": the sides follow the signing participle
    ("Соглашение о сотрудничестве подписано между Витебской областью и Псковской областью.",
     [{"kind": "agreement", "parties": ["BY-VI", "RU-PSK"]}]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_agreement(extract, text, expected):
    assert_facts(extract(text, published="2024-12-05"), "agreement", expected)


def test_signatories_named_in_next_sentence(extract):
    facts = extract("Татарстан и Ташкентская область подписали соглашение о сотрудничестве. "
                    "Подписи под документом поставили Рустам Минниханов и хоким Ташкентской области "
                    "Гуломжон Ибрагимов.")
    assert_facts(facts, "agreement", [{"kind": "agreement", "parties": ["RU-TA", "UZ-TO"],
                                       "signatories": ["Рустам Минниханов", "Гуломжон Ибрагимов"]}])


# "Главы регионов подписали …": each party's head the document names signed
HEADS_SIGNED = [
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
     "Главы регионов подписали меморандум о сотрудничестве.", ["Виталий Хоценко", "Асаин Байханов"]),
    ("Председатель Витебского областного исполнительного комитета Александр Субботин прибыл в Алматинскую область, где его "
     "встретил аким Алматинской области Марат Султангазиев. Руководители регионов подписали соглашение.",
     ["Александр Субботин", "Марат Султангазиев"]),
    ("Мэр Казани Ильсур Метшин провёл переговоры с председателем Мингорисполкома Владимиром Кухаревым. "
     "Затем главы городов подписали дорожную карту.", ["Ильсур Метшин", "Владимир Кухарев"]),
]


@pytest.mark.parametrize("text,people", HEADS_SIGNED, ids=[c[0][:40] for c in HEADS_SIGNED])
def test_heads_of_the_territories_signed(extract, text, people):
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(docs) == 1 and sorted(docs[0]["signatories"]) == sorted(people)


def test_heads_signed_needs_each_head(extract):
    # only one side's head named: no guess for the other
    facts = extract("Губернатор Омской области Виталий Хоценко прибыл в Павлодар. Главы регионов подписали "
                    "меморандум о сотрудничестве Омской и Павлодарской областей.")
    assert [f["signatories"] for f in facts if f["type"] == "agreement"] == [[]]


# a past signing participle on the document (hung by the parser on a word of its phrase, agreeing with the
# document noun) says it exists; the year on the participle is when it was signed, not the years it covers
SIGNED_PARTICIPLE = [
    ("В ходе переговоров стороны обсудили выполнение плана мероприятий Псковской и Витебской областей на "
     "2024–2026 годы, подписанного в 2023 году.",
     {"kind": "plan", "parties": ["RU-PSK", "BY-VI"], "date": "2023", "period": [2024, 2026]}),
    ("Стороны обсудили реализацию дорожной карты Омской и Павлодарской областей, подписанной в 2023 году.",
     {"kind": "roadmap", "parties": ["RU-OMS", "KZ-55"], "date": "2023", "period": None}),
    ("Главы регионов отметили, что утверждённый в 2022 году план мероприятий Курской и Гомельской областей "
     "выполнен.", {"kind": "plan", "parties": ["RU-KRS", "BY-HO"], "date": "2022", "period": None}),
]


@pytest.mark.parametrize("text,fact", SIGNED_PARTICIPLE)
def test_document_signed_by_its_participle(extract, text, fact):
    got = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(got) == 1
    assert {k: got[0].get(k) for k in fact if k != "parties"} == {k: v for k, v in fact.items() if k != "parties"}
    assert sorted(got[0]["parties"]) == sorted(fact["parties"])


# clauses.negated: a document the sentence negates ("не действует", "так и не подписали") is no fact
NEGATED = [
    "Соглашение между Казахстаном и Россией не действует.",
    "Меморандум между Омском и Павлодаром так и не вступил в силу.",
    "Соглашение между Брестской и Смоленской областями губернаторы так и не подписали.",
    "Договор между Курской областью и Гомельской областью не был заключён.",
]


@pytest.mark.parametrize("text", NEGATED, ids=[t[:40] for t in NEGATED])
def test_negated_document_is_no_fact(extract, text):
    assert_facts(extract(text), "agreement", [])


# a document under negotiation or only agreed upon is not signed (FACTS 1.2: ongoing negotiations are no fact);
# talks that ended in a signing are (clauses.unrealised, lexicon intent_words)
NEGOTIATED = [
    ("Идут переговоры о подписании соглашения между Омской и Павлодарской областями.", []),
    ("Достигнута договоренность о заключении договора о побратимстве между Гомелем и Брянском.", []),
    ("Ведутся переговоры о заключении соглашения между Челябинском и Костанаем.", []),
    ("По итогам переговоров о сотрудничестве подписано соглашение между Омской и Павлодарской областями.",
     [{"kind": "agreement", "parties": ["RU-OMS", "KZ-55"]}]),
]


@pytest.mark.parametrize("text,expected", NEGOTIATED, ids=[c[0][:40] for c in NEGOTIATED])
def test_document_under_negotiation_is_no_fact(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.draft: a draft of a document, or its drafting, is not the document, whatever is signed
DRAFTS = [
    ("Стороны подписали проект соглашения между Омской областью и Казахстаном.", []),
    ("Губернатор Курской области и посол Беларуси подписали проект дорожной карты.", []),
    ("В Минске подписан протокол о разработке соглашения между Могилёвской областью и Татарстаном.",
     [{"kind": "protocol", "parties": ["BY-MA", "RU-TA"]}]),
]


@pytest.mark.parametrize("text,expected", DRAFTS, ids=[c[0][:40] for c in DRAFTS])
def test_draft_is_not_the_document(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.signing_posts: the signatories' posts name the sides, not the places of those present
SIGNING_POSTS = [
    ("В Москве в присутствии послов Казахстана и Узбекистана соглашение подписали губернатор Курганской области и "
     "аким Костанайской области.", ["RU-KGN", "KZ-39"]),
    ("На форуме с участием делегаций Китая и Монголии меморандум подписали губернатор Амурской области и губернатор "
     "провинции Хэйлунцзян.", ["RU-AMU", "CN-HL"]),
    ("В Минске при участии посла России соглашение подписали губернатор Брянской области и председатель Гомельского "
     "облисполкома.", ["RU-BRY", "BY-HO"]),
]


@pytest.mark.parametrize("text,parties", SIGNING_POSTS, ids=[c[0][:40] for c in SIGNING_POSTS])
def test_signatories_posts_are_the_sides(extract, text, parties):
    assert_facts(extract(text), "agreement", [{"parties": parties}])


# agreement.orgs_between: organisations after "между" are the document's organisations
ORGS = [
    ("В Казани подписано соглашение между технопарком «Идея» и Минским городским технопарком.", "Идея"),
    ("Подписано соглашение между свободной экономической зоной «Минск» и Ассоциацией кластеров Татарстана.",
     "Ассоциация кластеров"),
    ("Соглашение между компанией «КАМАЗ» и Минским автозаводом подписано в Казани.", "КАМАЗ"),
]


@pytest.mark.parametrize("text,org", ORGS, ids=[c[0][:40] for c in ORGS])
def test_organisations_between(extract, text, org):
    docs = [f for f in extract(text) if f["type"] == "agreement"]
    assert len(docs) == 1 and org in docs[0].get("orgs", [])


# agreement.sides_of_sentence_before: a document sentence that names no side takes the sides of the
# sentence before, not the camps of the whole text
SIDES_BEFORE = [
    ("Губернатор Омской области провёл переговоры с акимом Павлодарской области. Затем делегация Омской области "
     "встретилась с представителями Гомельской области. Соглашение подписали по итогам встречи.", ["RU-OMS", "BY-HO"]),
    ("Татарстан развивает связи с Узбекистаном. О сотрудничестве договорились Гомельская и Брянская области. "
     "Соглашение подписали в Гомеле.", ["BY-HO", "RU-BRY"]),
    ("Омская область торгует с Казахстаном. Псковский и Могилёвский районы договорились о сотрудничестве. Соглашение "
     "подписали главы районов.", ["RU-PSK/Псковский район", "BY-MA/Могилёвский район"]),
]


@pytest.mark.parametrize("text,parties", SIDES_BEFORE, ids=[c[0][:40] for c in SIDES_BEFORE])
def test_sides_of_the_sentence_before(extract, text, parties):
    assert_facts(extract(text), "agreement", [{"parties": parties}])


# territories of one side listed as the subject, one partner after "с": one document each (FACTS 1.2)
HOMES_LISTED = [
    ("Витебская и Могилевская области подписали соглашения с Псковской областью.",
     [["BY-VI", "RU-PSK"], ["BY-MA", "RU-PSK"]]),
    ("Минская, Брестская и Гродненская области подписали с Калининградской областью соглашения о сотрудничестве.",
     [["BY-MI", "RU-KGD"], ["BY-BR", "RU-KGD"], ["BY-HR", "RU-KGD"]]),
    ("Казань и Набережные Челны заключили соглашения с Минском.",
     [["RU-TA/Казань", "BY-HM"], ["RU-TA/Набережные Челны", "BY-HM"]]),
    # one subject: one document
    ("Брянская область подписала соглашение с Гомельской областью.", [["RU-BRY", "BY-HO"]]),
]


@pytest.mark.parametrize("text,pairs", HOMES_LISTED, ids=[c[0][:40] for c in HOMES_LISTED])
def test_one_document_per_listed_home(extract, text, pairs):
    found = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "agreement")
    assert found == sorted(sorted(p) for p in pairs)


# agreement.friendly_relations_set: friendly relations set up between cities or districts are a twinning; between
# regions, or only planned, they are not
FRIENDLY = [
    ("Калинковичский и Кимовский районы установили дружеские отношения.",
     [{"kind": "twinning", "parties": ["BY-HO/Калинковичский район", "RU-TUL/Кимовский район"]}]),
    ("Между Лидой и Вологдой в 2019 году установлены дружественные отношения.",
     [{"kind": "twinning", "parties": ["BY-HR/Лида", "RU-VLG/Вологда"], "date": "2019"}]),
    ("Калинковичский район Гомельской области и Кимовский район Тульской области наладили дружеские связи.",
     [{"kind": "twinning", "parties": ["BY-HO/Калинковичский район", "RU-TUL/Кимовский район"]}]),
    ("Брестская и Смоленская области установили дружеские связи.", []),
    ("Гомель и Брянск планируют установить дружеские отношения.", []),
]


@pytest.mark.parametrize("text,expected", FRIENDLY, ids=[c[0][:40] for c in FRIENDLY])
def test_friendly_relations_set_up_are_twinning(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.earlier_document: an earlier document of the kind just named is a fact of its own, also when it names a
# side of its own that is the last document's; another partner makes it another document
EARLIER = [
    ("Свердловская область и Киргизия подписали соглашение. Первое подобное соглашение с Киргизией было подписано в "
     "июле 2006 года.", [{"parties": ["RU-SVE", "KG"], "date": None}, {"parties": ["RU-SVE", "KG"], "date": "2006-07"}]),
    ("Омская и Павлодарская области подписали новую программу сотрудничества. Предыдущая программа с Павлодарской "
     "областью была принята в 2021 году.", [{"kind": "plan", "date": None}, {"kind": "plan", "date": "2021"}]),
    ("Гродненская и Ленинградская области подписали новую программу сотрудничества. Она продолжает предыдущий "
     "документ, подписанный в 2019 году.", [{"kind": "plan", "date": None}, {"kind": "plan", "date": "2019"}]),
    ("Омская и Павлодарская области подписали соглашение. Первое соглашение с Костанайской областью было подписано в "
     "2015 году.", [{"parties": ["RU-OMS", "KZ-55"]}, {"parties": ["KZ-39", "RU-OMS"], "date": "2015"}]),
]


@pytest.mark.parametrize("text,expected", EARLIER, ids=[c[0][60:100] for c in EARLIER])
def test_earlier_document_of_the_same_sides(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.same_kind_sides: "аналогичное/подобное соглашение", "аналогичный документ" is another document of the kind
# just named, by the subject of its own verb, with the last document's partner unless it names its own
SAME_KIND = [
    ("Гомель подписал соглашение с Брянском, аналогичное соглашение подписал и Мозырь.",
     [["BY-HO/Гомель", "RU-BRY/Брянск"], ["BY-HO/Мозырь", "RU-BRY/Брянск"]]),
    ("Гомель подписал меморандум с Брянском, подобный документ подписал и Мозырь с Клинцами.",
     [["BY-HO/Гомель", "RU-BRY/Брянск"], ["BY-HO/Мозырь", "RU-BRY/Клинцы"]]),
    ("Председатель Гродненского облисполкома Юрий Караев подписал соглашение с губернатором Калужской области. Ранее "
     "аналогичный документ Гродненская область подписала с Брянской областью.",
     [["BY-HR", "RU-KLU"], ["BY-HR", "RU-BRY"]]),
    ("Татарстан подписал соглашение с Минской областью. Аналогичное соглашение республика заключила с Гомельской "
     "областью.", [["BY-MI", "RU-TA"], ["BY-HO", "RU-TA"]]),
]


@pytest.mark.parametrize("text,pairs", SAME_KIND, ids=[c[0][:40] for c in SAME_KIND])
def test_document_of_the_same_kind_is_another(extract, text, pairs):
    found = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "agreement")
    assert found == sorted(sorted(p) for p in pairs)


# agreement.partner_fronted: "С X подписан план": the partner put before the verb is the document's, the other side the
# unnamed subject's camp — the region its people hold when the text names that camp by its country
PARTNER_FRONTED = [
    ("Курганскую область на форуме представлял губернатор Вадим Шумков. Он провел переговоры с акимом "
     "Северо-Казахстанской области Гауезом Нурмухамбетовым и акимом Костанайской области Куанышем Бейсековым. С "
     "Северо-Казахстанской областью подписан план мероприятий.", [{"kind": "plan", "parties": ["KZ-59", "RU-KGN"]}]),
    ("Губернатор Омской области Виталий Хоценко прибыл в Казахстан. Он встретился с акимами Павлодарской и "
     "Северо-Казахстанской областей. С Павлодарской областью подписана дорожная карта.",
     [{"kind": "roadmap", "parties": ["KZ-55", "RU-OMS"]}]),
    ("Глава Башкортостана Радий Хабиров посетил Узбекистан. С Бухарской и Самаркандской областями подписаны "
     "дорожные карты на 2025–2026 годы.",
     [{"kind": "roadmap", "parties": ["RU-BA", "UZ-BU"]}, {"kind": "roadmap", "parties": ["RU-BA", "UZ-SA"]}]),
    ("Форум регионов России и Казахстана прошел в Астане. Губернатор Курганской области Вадим Шумков встретился с "
     "акимами Северо-Казахстанской и Костанайской областей. С Северо-Казахстанской областью подписан план "
     "мероприятий, с Костанайской — соглашение о сотрудничестве в сфере сельского хозяйства.",
     [{"kind": "plan", "parties": ["KZ-59", "RU-KGN"]}, {"kind": "agreement", "parties": ["KZ-39", "RU-KGN"]}]),
    # the partner after the verb as usual
    ("Губернатор Курганской области Вадим Шумков провел переговоры с акимами. Подписан план мероприятий с "
     "Северо-Казахстанской областью.", [{"kind": "plan", "parties": ["KZ-59", "RU-KGN"]}]),
]


@pytest.mark.parametrize("text,expected", PARTNER_FRONTED, ids=["kurgan", "omsk", "bashkortostan", "forum", "after"])
def test_partner_put_before_the_verb(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.commercial_deal: commercial contracts are no cooperation documents (FACTS); a cooperation contract is
COMMERCIAL = [
    ("Губернатор Томской области встретился с генконсулом Казахстана. Томские предприятия заключили с казахстанскими "
     "партнерами контракты на сумму более 50 млн долларов.", []),
    ("На форуме подписаны договоры на поставку техники на 2 млрд рублей между предприятиями Беларуси и Татарстана.",
     []),
    ("Глава Башкортостана посетил Минск. В ходе визита подписан контракт на поставку 100 автобусов МАЗ в Уфу.", []),
    ("Гомельская область и Брянская область подписали договор о сотрудничестве.",
     [{"kind": "contract", "parties": ["BY-HO", "RU-BRY"]}]),
]


@pytest.mark.parametrize("text,expected", COMMERCIAL, ids=["contracts", "supply", "buses", "cooperation"])
def test_commercial_deal_is_no_agreement(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.framework_without_sides: "в рамках межправительственного соглашения" with no sides of its own is no fact
FRAMEWORK = [
    ("Губернатор Томской области встретился с генконсулом Казахстана. В рамках межправительственного соглашения "
     "работает комиссия.", []),
    ("Губернатор Алтайского края принял делегацию Восточно-Казахстанской области. В рамках межправительственного "
     "соглашения стороны реализуют 15 проектов.", []),
    ("Губернатор Курганской области принял делегацию Костанайской области. Сотрудничество ведется на основе "
     "межгосударственного договора о добрососедстве.", []),
    ("Подписано межправительственное соглашение между Россией и Казахстаном о приграничном сотрудничестве.",
     [{"kind": "agreement", "parties": ["KZ", "RU"]}]),
]


@pytest.mark.parametrize("text,expected", FRAMEWORK, ids=["commission", "projects", "treaty", "between"])
def test_framework_document_without_sides(extract, text, expected):
    assert_facts(extract(text), "agreement", expected)


# agreement.periods_apart: one kind, one pair of sides, periods that do not overlap: two documents
PERIODS_APART = [
    ("В Минске состоялось заседание совместной комиссии Минской и Ярославской областей. Стороны подвели итоги "
     "выполнения плана мероприятий на 2023–2025 годы и подписали новый план на 2026–2028 годы.",
     [[2023, 2025], [2026, 2028]]),
    ("Омская и Павлодарская области в 2022 году подписали дорожную карту на 2022–2024 годы. Сегодня губернатор и аким "
     "подписали дорожную карту на 2025–2027 годы.", [[2022, 2024], [2025, 2027]]),
    ("Татарстан и Минская область в 2021 году подписали программу сотрудничества на 2021–2023 годы. В Казани "
     "подписана программа сотрудничества на 2024–2026 годы.", [[2021, 2023], [2024, 2026]]),
    ("Омская и Павлодарская области подписали план на 2026–2028 годы. План на 2026–2027 годы предусматривает 40 "
     "мероприятий.", [[2026, 2028]]),
]


@pytest.mark.parametrize("text,periods", PERIODS_APART, ids=["plans", "roadmaps", "programmes", "overlap"])
def test_documents_of_periods_apart(extract, text, periods):
    got = sorted(f["period"] for f in extract(text) if f["type"] == "agreement")
    assert got == periods, got


# sides.partners_after: the partners listed after an en dash or a colon ("с тремя регионами Казахстана – Павлодарской,
# Северо-Казахстанской и Акмолинской областями") are partners, one document each; the country says where they are
LISTED_AFTER_DASH = [
    ("Губернатор Омской области подписал соглашения с тремя регионами Казахстана – Павлодарской, "
     "Северо-Казахстанской и Акмолинской областями.", [["KZ-11", "RU-OMS"], ["KZ-55", "RU-OMS"], ["KZ-59", "RU-OMS"]]),
    ("Омская область подписала соглашения с тремя областями Казахстана: Павлодарской, Северо-Казахстанской и "
     "Акмолинской областями.", [["KZ-11", "RU-OMS"], ["KZ-55", "RU-OMS"], ["KZ-59", "RU-OMS"]]),
    ("Глава Башкортостана подписал дорожные карты с двумя областями Узбекистана – Самаркандской и Бухарской "
     "областями.", [["RU-BA", "UZ-BU"], ["RU-BA", "UZ-SA"]]),
]


@pytest.mark.parametrize("text,parties", LISTED_AFTER_DASH, ids=["en_dash", "colon", "roadmaps"])
def test_partners_listed_after_a_dash_or_colon(extract, text, parties):
    got = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "agreement")
    assert got == parties, got


# sides.listed_after_their_noun: adjectives listed after a colon or a dash whose plural noun stands before it
# ("с тремя областями Казахстана: Павлодарской, Северо-Казахстанской и Акмолинской") are sides, one document each
LISTED_AFTER_THEIR_NOUN = [
    ("Омская область подписала соглашения с тремя областями Казахстана: Павлодарской, Северо-Казахстанской и "
     "Акмолинской.", [["KZ-11", "RU-OMS"], ["KZ-55", "RU-OMS"], ["KZ-59", "RU-OMS"]]),
    ("Губернатор Курской области подписал соглашения с двумя областями Беларуси – Гомельской и Могилевской.",
     [["BY-HO", "RU-KRS"], ["BY-MA", "RU-KRS"]]),
    ("Глава Башкортостана подписал дорожные карты с тремя областями Узбекистана: Самаркандской, Бухарской и "
     "Навоийской.", [["RU-BA", "UZ-BU"], ["RU-BA", "UZ-NW"], ["RU-BA", "UZ-SA"]]),
    ("Губернатор Омской области и аким Павлодарской области подписали соглашение. Стороны обсудили поставки: омской и "
     "павлодарской продукции.", [["KZ-55", "RU-OMS"]]),
]


@pytest.mark.parametrize("text,parties", LISTED_AFTER_THEIR_NOUN, ids=["colon", "dash", "uzbekistan", "goods"])
def test_adjectives_listed_after_their_noun(extract, text, parties):
    got = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == "agreement")
    assert got == parties, got
