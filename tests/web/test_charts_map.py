"""Charts, the map and the layout on a phone, in Chromium: the trade line breaks at a missing year,
export and import keep their direction, a target is drawn only over its own year, no two labels
overlap; the network's labels sit clear of the nodes and inside the frame, with a legend; the map
colours the partners' regions by their facts and a click opens the pair; pair and place pages fit
390 px. Screenshots under test-output/screenshots/."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator

import httpx
import pytest

from coopwatch.web.maps import MAP_DIR

from . import chart_texts
from .conftest import Site, build_kb, serving, shot

pytestmark = pytest.mark.browser

# Every visible text the chart draws, as a box on the page: labels of points, nodes, axes, legend.
# A text is cut to the clipping box of what holds it (the legend's items scrolled out of view are
# not seen); hidden ones (labels dropped because they would overlap) are not counted.
TEXT_BOXES = """(id) => {
  const el = document.getElementById(id);
  const chart = echarts.getInstanceByDom(el);
  const out = [];
  chart.getZr().storage.getDisplayList(true).forEach((e) => {
    if (e.type !== 'tspan' && e.type !== 'text') return;
    if (!e.style || !e.style.text || e.style.opacity === 0) return;
    const r = e.getBoundingRect().clone();
    r.applyTransform(e.getComputedTransform());
    let box = {x1: r.x, y1: r.y, x2: r.x + r.width, y2: r.y + r.height};
    for (let p = e; p; p = p.parent) {
      if (p.ignore || p.invisible) return;
      const clip = p.getClipPath && p.getClipPath();
      if (clip) {
        const c = clip.getBoundingRect().clone();
        c.applyTransform(clip.getComputedTransform());
        box = {x1: Math.max(box.x1, c.x), y1: Math.max(box.y1, c.y),
               x2: Math.min(box.x2, c.x + c.width), y2: Math.min(box.y2, c.y + c.height)};
      }
    }
    if (box.x2 - box.x1 < 1 || box.y2 - box.y1 < 1) return;
    out.push({text: e.style.text, x: box.x1, y: box.y1, w: box.x2 - box.x1, h: box.y2 - box.y1});
  });
  return {boxes: out, width: el.clientWidth, height: el.clientHeight};
}"""


def overlapping(boxes: list[dict], slack: float = 1.0) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if (a["x"] + slack < b["x"] + b["w"] and b["x"] + slack < a["x"] + a["w"]
                    and a["y"] + slack < b["y"] + b["h"] and b["y"] + slack < a["y"] + a["h"]):
                out.append((a["text"], b["text"]))
    return out


def outside(drawn: dict) -> list[str]:
    return [b["text"] for b in drawn["boxes"]
            if b["x"] < -0.5 or b["y"] < -0.5 or b["x"] + b["w"] > drawn["width"] + 0.5
            or b["y"] + b["h"] > drawn["height"] + 0.5]


@pytest.fixture(scope="module")
def chart_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    path = tmp_path_factory.mktemp("charts") / "kb.db"
    kb, ids = build_kb(str(path), chart_texts.DOCUMENTS)
    with serving(kb) as base:
        yield Site(base, str(path), kb, ids)
    kb.dispose()


@pytest.fixture
def cpage(browser, chart_site: Site) -> Iterator:  # noqa: ANN001 - playwright Browser
    context = browser.new_context(base_url=chart_site.base, locale="ru-RU", viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors
    yield pg
    context.close()


def test_trade_chart_gaps_directions_target_and_labels(cpage) -> None:  # noqa: ANN001
    cpage.goto("/pair?a=RU-ORE&b=KZ")
    cpage.wait_for_selector("#trade-chart[data-ready='1'] canvas")
    series = cpage.evaluate("""() => {
      const chart = echarts.getInstanceByDom(document.getElementById('trade-chart'));
      return chart.getOption().series.map((s, i) => {
        const data = chart.getModel().getSeriesByIndex(i).getData();
        const points = [];
        for (let k = 0; k < data.count(); k++) points.push([data.get('x', k), data.get('y', k)]);
        return {name: s.name, target: !!s.target, points: points,
                px: points.map((p) => chart.convertToPixel({seriesIndex: i}, p)[0])};
      });
    }""")
    names = [s["name"] for s in series]
    assert "товарооборот, за год, в долларах США" in names
    # export and import keep their direction: goods from the first to the second
    assert "экспорт Оренбургская область → Казахстан, за год, в долларах США" in names
    assert "импорт Казахстан → Оренбургская область, за год, в долларах США" in names
    turnover = next(s for s in series if s["name"].startswith("товарооборот"))
    # 2019, 2020, then an empty point (2021 is missing: the line breaks there), 2022, 2023
    assert [y is None or y != y for _, y in turnover["points"]] == [False, False, True, False, False], turnover
    # the target is drawn over 2030 alone: none of it left of 1 January 2030
    target = next(s for s in series if s["target"])
    jan_2030 = cpage.evaluate("""() => echarts.getInstanceByDom(document.getElementById('trade-chart'))
        .convertToPixel({xAxisIndex: 0}, '2030-01-01')""")
    assert min(target["px"]) >= jan_2030 - 1
    assert all(y == 3e9 for _, y in target["points"])
    drawn = cpage.evaluate(TEXT_BOXES, "trade-chart")
    # amounts as everywhere (``coopwatch.wording``): a no-break space inside, the currency's name
    labels = [re.sub(r"[\u00a0\u202f]", " ", b["text"]) for b in drawn["boxes"]]
    assert "цель к 2030: 3 млрд долларов США" in labels
    assert any("1,5 млрд" in t for t in labels)
    assert overlapping(drawn["boxes"]) == []
    assert outside(drawn) == []
    shot(cpage, "chart-trade")
    assert cpage.errors == []


def test_network_labels_clear_of_nodes_inside_the_frame_with_a_legend(cpage) -> None:  # noqa: ANN001
    cpage.goto("/place/RU-ORE")
    cpage.wait_for_selector("#network-chart[data-ready='1'] canvas")
    nodes = cpage.evaluate("""() => {
      const chart = echarts.getInstanceByDom(document.getElementById('network-chart'));
      const data = chart.getModel().getSeriesByIndex(0).getData();
      const out = [];
      for (let i = 0; i < data.count(); i++) {
        const g = data.getItemGraphicEl(i);
        const r = g.getBoundingRect().clone();
        r.applyTransform(g.getComputedTransform());
        out.push({text: 'node ' + data.getName(i), x: r.x, y: r.y, w: r.width, h: r.height});
      }
      return out;
    }""")
    drawn = cpage.evaluate(TEXT_BOXES, "network-chart")
    labels = drawn["boxes"]
    assert len(nodes) == 8  # the place and its seven partners
    assert len(labels) >= 6, labels  # labels hidden only where two would overlap
    assert overlapping(labels) == []
    assert overlapping(labels + nodes) == [] or all(
        not (a.startswith("node ") ^ b.startswith("node ")) for a, b in overlapping(labels + nodes)
    ), overlapping(labels + nodes)
    assert outside(drawn) == []
    legend = cpage.inner_text("#network ul.legend")
    for words in ("Оренбургская область (это место)", "страны", "регионы", "города"):
        assert words in legend
    shot(cpage, "chart-network")
    assert cpage.errors == []


def test_map_colours_partner_regions_and_opens_the_pair(cpage) -> None:  # noqa: ANN001
    loaded: list[tuple[str, int]] = []
    cpage.on("response", lambda r: loaded.append((r.url, len(r.body()))) if "/static/map/" in r.url else None)
    cpage.goto("/place/RU-ORE")
    cpage.wait_for_selector("#partner-map[data-ready='1'] canvas")
    values = cpage.evaluate("""() => {
      const chart = echarts.getInstanceByDom(document.getElementById('partner-map'));
      const data = chart.getModel().getSeriesByIndex(0).getData();
      const out = {};
      for (let i = 0; i < data.count(); i++) {
        const v = data.get('value', i);
        const style = data.getItemVisual(i, 'style') || {};
        const own = data.getItemModel(i).get(['itemStyle', 'areaColor']);
        // the colour of the number of facts (visualMap), else the item's own (the place itself)
        out[data.getName(i)] = [isNaN(v) ? null : v, style.fill || own];
      }
      return out;
    }""")
    # Aktobe region: its own talks and the city of Aktobe's; the others one each; Kazakhstan as a
    # whole is no region; the place itself is red
    assert values["KZ-15"][0] == 2 and values["KZ-27"][0] == 1 and values["RU-BA"][0] == 1
    assert values["RU-ORE"][1] == "#c0392b", values
    assert values["KZ-15"][1] != values["KZ-27"][1]  # coloured by the number of facts
    assert values["KZ-11"][0] is None  # a region without partners: not coloured
    assert "Казахстан" in cpage.inner_text("#map-section")  # the country-level partner, beside the map
    assert {u.rsplit("/", 1)[1] for u, _ in loaded} == {"RU.json", "KZ.json"}
    assert sum(n for _, n in loaded) < 150_000  # simplified boundaries: the page stays light
    shot(cpage, "map-place")
    cpage.locator("#partner-map").scroll_into_view_if_needed()
    x, y = cpage.evaluate("""() => {
      const el = document.getElementById('partner-map');
      const chart = echarts.getInstanceByDom(el);
      const s = chart.getModel().getSeriesByIndex(0);
      const region = s.coordinateSystem.getRegion('KZ-27');
      const [px, py] = chart.convertToPixel({seriesIndex: 0}, region.getCenter());
      const box = el.getBoundingClientRect();
      return [box.left + px, box.top + py];
    }""")
    cpage.mouse.click(x, y)
    cpage.wait_for_url(re.compile(r"/pair\?a=RU-ORE&b=KZ-27$"))
    assert "Западно-Казахстанская область" in cpage.inner_text("h1")
    cpage.wait_for_selector("#pair-map[data-ready='1'] canvas")
    shot(cpage, "map-pair")
    assert cpage.errors == []


def test_map_files_are_small_and_name_their_source() -> None:
    files = sorted(MAP_DIR.glob("*.json.gz"))
    assert len(files) > 50 and (MAP_DIR / "SOURCE.txt").is_file()
    assert not list(MAP_DIR.glob("*.json")), "границы хранятся сжатыми"
    assert "Natural Earth" in (MAP_DIR / "SOURCE.txt").read_text(encoding="utf-8")
    assert max(f.stat().st_size for f in files) < 30_000
    assert sum(f.stat().st_size for f in files) < 500_000  # 1.7 MB of GeoJSON, packed
    russia = json.loads(gzip.decompress((MAP_DIR / "RU.json.gz").read_bytes()))
    assert russia["type"] == "FeatureCollection" and any(f["properties"]["name"] == "RU-ORE" for f in russia["features"])


def test_boundaries_are_sent_as_stored_or_unpacked(chart_site: Site) -> None:
    """A client that accepts gzip gets the stored file itself, marked so (a quarter of the bytes);
    one that does not gets plain JSON; a repeat with the ETag is answered 304; an unknown country is
    a Russian 404."""
    stored = (MAP_DIR / "KZ.json.gz").read_bytes()
    with httpx.Client(base_url=chart_site.base, timeout=30) as c:
        packed = c.get("/static/map/KZ.json", headers={"Accept-Encoding": "gzip"})
        assert packed.status_code == 200 and packed.headers["content-encoding"] == "gzip"
        assert int(packed.headers["content-length"]) == len(stored)  # sent as stored, not packed again
        assert packed.json()["type"] == "FeatureCollection"  # httpx unpacks it, as a browser does
        plain = c.get("/static/map/KZ.json", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.content == gzip.decompress(stored)
        assert plain.headers["content-type"].startswith("application/json")
        again = c.get("/static/map/KZ.json", headers={"If-None-Match": packed.headers["etag"]})
        assert again.status_code == 304
        missing = c.get("/static/map/QQ.json")
        assert missing.status_code == 404 and "границ страны" in missing.json()["detail"]


@pytest.mark.parametrize("url", ["/pair?a=RU-ORE&b=KZ", "/place/RU-ORE", "/place/KZ-15"])
def test_pages_fit_a_phone(browser, chart_site: Site, url: str) -> None:  # noqa: ANN001
    context = browser.new_context(base_url=chart_site.base, locale="ru-RU", viewport={"width": 390, "height": 844},
                                  is_mobile=True, has_touch=True)
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.goto(url)
    for box in pg.locator("[data-chart], [data-map]").all():
        pg.wait_for_selector(f"#{box.get_attribute('id')}[data-ready='1'] canvas")
    # nothing wider than the screen: no sideways scrolling of the page (wide tables scroll in their box)
    assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    for box in pg.locator("[data-chart], [data-map], table.list").all():
        bounds = box.bounding_box()
        assert bounds is not None and bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= 390 + 0.5 or \
            box.evaluate("(e) => e.closest('.scroll') !== null")
    assert pg.locator("header nav a", has_text="Пары").is_visible()
    for chart in pg.locator("[data-chart]").all():
        drawn = pg.evaluate(TEXT_BOXES, chart.get_attribute("id"))
        assert overlapping(drawn["boxes"]) == [] and outside(drawn) == [], chart.get_attribute("id")
    shot(pg, "phone-" + re.sub(r"\W+", "-", url).strip("-"))
    context.close()
