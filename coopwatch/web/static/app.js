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

function drawChart(el) {
  if (typeof echarts === "undefined") return;
  const option = JSON.parse(document.getElementById(el.dataset.chart).textContent);
  const chart = echarts.init(el, null, { locale: "RU", renderer: "canvas" });
  if (option.kind === "money") {
    option.yAxis.axisLabel = { formatter: fmtMoney };
    option.series.forEach((s) => {
      if (s.data.length) s.label = { show: true, position: "top", formatter: (p) => fmtMoney(p.value[1]) };
    });
    option.tooltip = {
      trigger: "item",
      formatter: (p) => (p.data && p.data.label ? p.data.label : p.name) +
        (p.data && p.data.sources ? "<br>источников: " + p.data.sources + " — нажмите, чтобы открыть" : ""),
    };
  } else {
    option.tooltip = { formatter: (p) => p.dataType === "edge"
      ? "фактов: " + p.data.value : p.data.name + (p.data.value ? " — фактов: " + p.data.value : "") };
  }
  chart.on("finished", () => { el.dataset.ready = "1"; });  // drawn, animations over
  chart.setOption(option);
  chart.on("click", (p) => {
    if (p.data && p.data.fact) window.location.href = "/fact/" + p.data.fact;
    else if (p.data && p.data.place) window.location.href = "/place/" + p.data.place.split("/").map(encodeURIComponent).join("/");
  });
  window.addEventListener("resize", () => chart.resize());
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
    if (ev.target.closest("a")) return;
    const first = show(li.dataset.fact);
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }));
  const hash = window.location.hash.match(/^#fact-(\d+)$/);
  if (hash) { const first = show(hash[1]); if (first) first.scrollIntoView({ block: "center" }); }
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
  linkEvidence();
  tableFilters();
});
