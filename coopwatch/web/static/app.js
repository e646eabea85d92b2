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
    option.series.forEach((s) => {
      if (s.data.length) s.label = { show: true, position: "top", formatter: (p) => fmtMoney(p.value[1]) };
    });
    option.tooltip = {
      trigger: "item",
      formatter: (p) => esc(p.data && p.data.label ? p.data.label : p.name) +
        (p.data && p.data.sources ? "<br>источников: " + esc(p.data.sources) + " — нажмите, чтобы открыть" : ""),
    };
  } else {
    option.tooltip = { formatter: (p) => p.dataType === "edge"
      ? "фактов: " + esc(p.data.value) : esc(p.data.name) + (p.data.value ? " — фактов: " + esc(p.data.value) : "") };
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
  linkEvidence();
  loadTrace();
  tableFilters();
});
