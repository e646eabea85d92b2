"""Short news items written for the crawl tests (Russian, as the sites the crawler follows), and the
clutter a real page puts around an article: a menu, a sidebar, comments, a footer."""

from __future__ import annotations

ARTICLES = {
    # a plan signed: agreement, roles
    "kazan-minsk-plan": (
        "Татарстан и Минская область подписали план сотрудничества",
        "2025-03-14",
        "Казань, 14 марта 2025 года. Раис Татарстана Рустам Минниханов и председатель Минского "
        "облисполкома Александр Турчин подписали план мероприятий по развитию сотрудничества на "
        "2025–2026 годы. Документ предусматривает совместные проекты в машиностроении и сельском хозяйстве.",
    ),
    # trade figures, served in Windows-1251
    "orenburg-aktobe-trade": (
        "Оренбуржье и Актюбинская область нарастили товарооборот",
        "2025-04-02",
        "Оренбург, 2 апреля 2025 года. Товарооборот Оренбургской области и Казахстана за 2024 год "
        "составил 2,1 млрд долларов США. Губернатор Оренбургской области Денис Паслер провёл встречу "
        "с акимом Актюбинской области Асхатом Шахаровым.",
    ),
    # a visit and a flight
    "ufa-minsk-flights": (
        "Из Уфы в Минск откроют прямые рейсы",
        "2025-05-20",
        "Уфа, 20 мая 2025 года. Глава Башкортостана Радий Хабиров встретился в Минске с премьер-министром "
        "Белоруссии Романом Головченко. По итогам встречи принято решение открыть прямое авиасообщение "
        "между Уфой и Минском.",
    ),
    # no cooperation at all: stored, flagged
    "kazan-embankment": (
        "В Казани отремонтируют набережную",
        "2025-06-01",
        "Казань, 1 июня 2025 года. Мэрия Казани объявила конкурс на ремонт набережной озера Кабан. "
        "Работы начнутся летом и продлятся до осени; на время ремонта часть дорожек закроют для прогулок.",
    ),
    # another cooperation item, changed between two crawls
    "kursk-gomel-group": (
        "Курская и Гомельская области создали рабочую группу",
        "2025-06-10",
        "Курск, 10 июня 2025 года. Губернатор Курской области Александр Хинштейн и председатель "
        "Гомельского облисполкома Иван Крупко договорились создать совместную рабочую группу по "
        "развитию приграничного сотрудничества.",
    ),
}

CHANGED_TAIL = (" Первое заседание рабочей группы пройдёт в Гомеле в сентябре 2025 года.")

NAVIGATION = ("<header><nav><a href='/'>Главная</a> | <a href='/news/'>Новости</a> | "
              "<a href='/about'>О портале</a> | <a href='/contacts'>Контакты</a></nav></header>")
SIDEBAR = ("<aside><h3>Популярное</h3><ul><li><a href='/news/1'>Погода на выходные</a></li>"
           "<li><a href='/news/2'>Курс валют</a></li></ul></aside>")
COMMENTS = ("<section class='comments'><h3>Комментарии (2)</h3>"
            "<div class='comment'><b>Читатель</b>: Давно пора было договориться!</div>"
            "<div class='comment'><b>Гость</b>: А что с ценами на билеты?</div></section>")
FOOTER = "<footer>© Портал новостей региона, 2025. Все права защищены.</footer>"


def page_html(slug: str, *, charset: str = "utf-8", canonical: str | None = None, text: str | None = None,
              meta_charset: bool = True) -> str:
    """A news page: the article among navigation, a sidebar, comments and a footer."""
    title, day, body = ARTICLES[slug]
    body = text or body
    head = [f"<meta charset='{charset}'>" if meta_charset else "", f"<title>{title} — Новости региона</title>",
            f"<meta property='article:published_time' content='{day}T10:00:00+03:00'>"]
    if canonical:
        head.append(f"<link rel='canonical' href='{canonical}'>")
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.rstrip(".").split(". "))
    return (f"<!doctype html><html lang='ru'><head>{''.join(head)}</head><body>{NAVIGATION}{SIDEBAR}"
            f"<main><article><h1>{title}</h1><time datetime='{day}'>{day}</time>{paragraphs}</article>"
            f"{COMMENTS}</main>{FOOTER}</body></html>")
