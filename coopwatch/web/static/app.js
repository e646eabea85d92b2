// coopwatch pages: small plain scripts, no build step.
"use strict";

// Charts: the server renders each option as JSON beside its container (see charts.py); every
// point and line carries the id of its fact, and clicking opens the fact with its sources.
function fmtMoney(v) {
  const a = Math.abs(v);
  const f = (x) => x.toLocaleString("ru-RU", { maximumFractionDigits: 2 });
  if (a >= 1e9) return f(v / 1e9) + " млрд";
  if (a >= 1e6) return f(v / 1e6) + " млн";
  if (a >= 1e3) return f(v / 1e3) + " тыс.";
  return f(v);
}

// Tooltips are HTML: every value from the knowledge base goes in as text (a place name or a
// currency an editor typed must never become markup).
function esc(value) {
  return echarts.format.encodeHTML(String(value === undefined || value === null ? "" : value));
}

function drawChart(el) {
  if (typeof echarts === "undefined") return;
  const option = JSON.parse(document.getElementById(el.dataset.chart).textContent);
  const chart = echarts.init(el, null, { locale: "RU", renderer: "canvas" });
  if (option.kind === "money") {
    option.yAxis.axisLabel = { formatter: fmtMoney };
    // a long series name is cut short of the legend's page arrows on a narrow screen
    if (option.legend) {
      option.legend.left = 8;
      option.legend.right = 8;
      option.legend.textStyle = { width: Math.max(120, el.clientWidth - 150), overflow: "truncate" };
    }
    option.series.forEach((s) => {
      // a figure is labelled with its amount, a target with its own words at the end of its year;
      // the empty points that break a line at a missing period get nothing
      // a target's words end at its point (the last year of the axis: they would run off the edge)
      s.label = { show: true, position: "top", align: s.target ? "right" : "center", formatter: (p) => {
        if (!p.data || p.data.gap || p.data.symbol === "none") return "";
        return s.target ? p.data.label : (p.data.amount || fmtMoney(p.value[1]));
      } };
    });
    option.tooltip = {
      trigger: "item",
      formatter: (p) => (p.data && p.data.gap ? "" : esc(p.data && p.data.label ? p.data.label : p.name) +
        (p.data && p.data.sources ? "<br>" + esc(p.data.sourcesText) + " — нажмите, чтобы открыть" : "")),
    };
  } else {
    option.series.forEach((s) => {
      if (s.label) s.label.formatter = (p) => p.data.short || p.name;
      if (s.layout === "none") fitLayout(s, el);
    });
    // the words of a count come from the server, agreeing with the number («1 факт», «3 факта»)
    option.tooltip = { formatter: (p) => p.dataType === "edge"
      ? esc(p.data.facts) : esc(p.data.name) + (p.data.facts ? " — " + esc(p.data.facts) : "") };
  }
  chart.on("finished", () => { el.dataset.ready = "1"; });  // drawn, animations over
  chart.setOption(option);
  chart.on("click", (p) => {
    if (p.data && p.data.fact) window.location.href = "/fact/" + p.data.fact;
    else if (p.data && p.data.place) window.location.href = placeUrl(p.data.place);
  });
  window.addEventListener("resize", () => chart.resize());
}

// ECharts stretches a laid-out graph to its box, circles into ellipses: the positions are stretched
// here to the box's proportions instead, so that the drawing is scaled alike both ways.
function fitLayout(series, el) {
  const w = el.clientWidth - series.left - series.right;
  const h = el.clientHeight - series.top - series.bottom;
  const xs = series.data.map((n) => n.x), ys = series.data.map((n) => n.y);
  const bw = Math.max(...xs) - Math.min(...xs) || 1, bh = Math.max(...ys) - Math.min(...ys) || 1;
  if (w <= 0 || h <= 0) return;
  const k = (w / h) / (bw / bh);
  series.data.forEach((n) => { n.x *= k; });
}

function placeUrl(id) {
  return "/place/" + id.split("/").map(encodeURIComponent).join("/");
}

function pairUrl(a, b) {
  return "/pair?a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b);
}

// Maps: the boundaries of each country the map needs come from /static/map/XX.json (first-level
// subdivisions from Natural Earth, simplified; see tools/build_map.py), joined into one map. Regions
// with partners are coloured by their number of facts; the place itself is red (on a pair page the
// other side blue); a click opens the pair with that region (or the region's page).
const HOME = "#c0392b";
const OTHER = "#1f5fa8";

function drawMap(el) {
  if (typeof echarts === "undefined") return;
  const spec = JSON.parse(document.getElementById(el.dataset.map).textContent);
  Promise.all(spec.countries.map((c) => fetch("/static/map/" + c + ".json").then((r) => {
    if (!r.ok) throw new Error("нет границ " + c);
    return r.json();
  }))).then((parts) => {
    const geo = { type: "FeatureCollection", features: parts.flatMap((p) => p.features) };
    const labels = {};
    const places = {};
    geo.features.forEach((f) => {
      labels[f.properties.name] = f.properties.label;
      places[f.properties.name] = f.properties.place;
    });
    const inHome = (name, home) => home.some((h) => name === h || (h.length === 2 && name.startsWith(h + "-")));
    const fixed = (home, colour) => geo.features.filter((f) => inHome(f.properties.name, home)).map((f) => ({
      name: f.properties.name, home: true, itemStyle: { areaColor: colour }, label: { show: false },
    }));
    // east–west distances shrink with the cosine of the latitude: the map of a northern country is
    // drawn at the middle latitude of what it shows (a plain equirectangular map is stretched)
    // what the map is about: the place, the other side, the partner regions; the view is centred and
    // zoomed on them (the whole countries stay there to pan and zoom out to)
    const focus = new Set(spec.data.map((d) => d.name));
    const box = () => ({ w: 180, e: -180, s: 90, n: -90 });
    const all = box(), near = box();
    const walk = (c, b) => {
      if (typeof c[0] === "number") {
        b.w = Math.min(b.w, c[0]); b.e = Math.max(b.e, c[0]); b.s = Math.min(b.s, c[1]); b.n = Math.max(b.n, c[1]);
      } else c.forEach((x) => walk(x, b));
    };
    geo.features.forEach((f) => {
      walk(f.geometry.coordinates, all);
      const n = f.properties.name;
      if (focus.has(n) || inHome(n, spec.home) || (spec.other && inHome(n, spec.other))) walk(f.geometry.coordinates, near);
    });
    const target = near.w <= near.e ? near : all;
    // east–west distances shrink with the cosine of the latitude: a northern country is drawn at the
    // middle latitude of what the map is about (a plain equirectangular map is stretched)
    const mid = (target.s + target.n) / 2;
    const zoom = Math.max(1, Math.min(8, Math.min((all.e - all.w) / Math.max(target.e - target.w, 0.5),
      (all.n - all.s) / Math.max(target.n - target.s, 0.5)) / 1.6));
    const name = "coopwatch-" + el.id;
    echarts.registerMap(name, geo);
    const chart = echarts.init(el, null, { locale: "RU", renderer: "canvas" });
    const data = spec.data.map((d) => ({ name: d.name, value: d.value, facts: d.facts, pair: d.pair }))
      .concat(fixed(spec.home, HOME)).concat(spec.other ? fixed(spec.other, OTHER) : []);
    chart.on("finished", () => { el.dataset.ready = "1"; });
    chart.setOption({
      tooltip: { trigger: "item", formatter: (p) => {
        const label = esc(labels[p.name] || p.name);
        if (p.data && p.data.home) return label;
        return p.data && p.data.value ? label + " — " + esc(p.data.facts) +
          "<br>нажмите, чтобы открыть пару" : label;
      } },
      visualMap: spec.data.length ? {
        type: "continuous", min: 1, max: Math.max(spec.max, 2), seriesIndex: 0, calculable: false,
        text: ["больше фактов", "меньше"], left: 8, bottom: 8, itemHeight: 90,
        inRange: { color: ["#d6e6f5", "#2b6cb0", "#0b2f5b"] }, outOfRange: { color: "#eef1f4" },
      } : undefined,
      series: [{
        type: "map", map: name, roam: true, nameProperty: "name", aspectScale: Math.cos(mid * Math.PI / 180),
        center: [(target.w + target.e) / 2, mid], zoom: zoom, scaleLimit: { min: 0.8, max: 40 },
        selectedMode: false,
        itemStyle: { areaColor: "#eef1f4", borderColor: "#9aa7b4", borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: "#f6c667" } },
        label: { show: false },
        data: data,
      }],
    });
    chart.on("click", (p) => {
      if (p.data && p.data.pair) window.location.href = pairUrl(p.data.pair[0], p.data.pair[1]);
      else if (places[p.name] && !(p.data && p.data.home && !spec.other)) window.location.href = placeUrl(places[p.name]);
    });
    window.addEventListener("resize", () => chart.resize());
  }).catch((e) => {
    el.textContent = "Карту не удалось загрузить (" + e.message + ").";
    el.dataset.ready = "error";
  });
}

// Document page: a fact's evidence and its entry beside the text light up together.
function linkEvidence() {
  const marks = document.querySelectorAll("mark.ev");
  const items = document.querySelectorAll("li.docfact");
  if (!marks.length && !items.length) return;
  const show = (id) => {
    document.querySelectorAll(".active").forEach((e) => e.classList.remove("active"));
    let first = null;
    marks.forEach((m) => {
      if (m.dataset.facts.split(" ").includes(id)) { m.classList.add("active"); first = first || m; }
    });
    const item = document.getElementById("fact-" + id);
    if (item) item.classList.add("active");
    return first;
  };
  marks.forEach((m) => m.addEventListener("click", () => {
    const id = m.dataset.facts.split(" ")[0];
    show(id);
    const item = document.getElementById("fact-" + id);
    if (item) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }));
  items.forEach((li) => li.addEventListener("click", (ev) => {
    if (ev.target.closest("a, details.trace")) return;  // links, and the rules shown to editors
    const first = show(li.dataset.fact);
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }));
  const hash = window.location.hash.match(/^#fact-(\d+)$/);
  if (hash) { const first = show(hash[1]); if (first) first.scrollIntoView({ block: "center" }); }
}

// Document page, editors: the rules behind the facts come after the page (the first trace loads
// the language models on the server). Each fact's block goes into that fact's list item; the rest
// (dropped candidates, the text to copy) stays in the #trace section.
function loadTrace() {
  const box = document.getElementById("trace");
  if (!box) return;
  fetch(box.dataset.src, { credentials: "same-origin", headers: { accept: "text/html" } })
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
    .then((html) => {
      const piece = document.createElement("template");
      piece.innerHTML = html;
      piece.content.querySelectorAll("[data-trace-for]").forEach((el) => {
        const item = document.getElementById("fact-" + el.dataset.traceFor);
        if (item) item.appendChild(el);
      });
      box.replaceChildren(piece.content);
      box.querySelectorAll("button.copy-trace").forEach((b) => b.addEventListener("click", copyTrace));
      box.dataset.ready = "1";
    })
    .catch((e) => {
      box.querySelector("p").textContent = "Не удалось получить правила (" + e.message + "): обновите страницу.";
      box.dataset.ready = "error";
    });
}

// The trace as `coopwatch explain` prints it, to paste into a bug report. The clipboard API needs
// a secure context (https or this machine); elsewhere the older copy command does the same.
function copyTrace(ev) {
  const text = document.getElementById("trace-text").textContent;
  const status = ev.target.parentElement.querySelector(".copy-status");
  const done = (ok) => {
    status.textContent = ok ? "скопировано" : "не удалось скопировать — выделите текст ниже";
    if (!ok) document.querySelector("details.trace-text").open = true;
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(() => done(true), () => done(copyByCommand(text)));
  } else {
    done(copyByCommand(text));
  }
}

function copyByCommand(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
  area.remove();
  return ok;
}

// Long tables: a filter box hides the rows that do not contain its text.
function tableFilters() {
  document.querySelectorAll("input[data-filter]").forEach((input) => {
    const rows = document.querySelectorAll(input.dataset.filter + " tbody tr");
    input.addEventListener("input", () => {
      const q = input.value.trim().toLowerCase();
      rows.forEach((r) => { r.hidden = q && !r.textContent.toLowerCase().includes(q); });
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-chart]").forEach(drawChart);
  document.querySelectorAll("[data-map]").forEach(drawMap);
  linkEvidence();
  loadTrace();
  tableFilters();
});
