"""The report in Markdown: headings, pipe tables, sources as footnotes (``[^1]``, as GitHub and
most renderers show them), the chart as an image beside the file or embedded as a data URI."""

from __future__ import annotations

import base64

from coopwatch.report.model import Cell, Figure, Para, Ref, Report, Table, note_text


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_") \
        .replace("\n", " ")


def _inline(parts: Cell) -> str:
    out = []
    for p in parts:
        if isinstance(p, Ref):
            out.append("".join(f"[^{n}]" for n in p.notes) + (f" (и ещё {p.more})" if p.more else ""))
        else:
            out.append(_escape(p))
    return "".join(out)


def render_markdown(report: Report, chart_href: str | None = None) -> str:
    """``chart_href``: where the chart's PNG is written beside the file; None embeds it."""
    lines = [f"# {report.title}", "", f"**{_escape(report.subject)}**", "",
             f"({report.as_of}{'; ' + report.period if report.period else ''})", ""]
    for s in report.sections:
        lines += [f"## {s.number}. {s.title}", ""]
        for b in s.blocks:
            if isinstance(b, Para):
                text = _inline(b.parts)
                lines += [f"*{text}*" if b.kind else text, ""]
            elif isinstance(b, Table):
                lines.append("| " + " | ".join(_escape(c) for c in b.columns) + " |")
                lines.append("|" + "|".join("---" for _ in b.columns) + "|")
                lines += ["| " + " | ".join(_inline(c) for c in row) + " |" for row in b.rows]
                lines.append("")
                if b.caption:
                    lines += [f"*{_escape(b.caption)}*", ""]
            elif isinstance(b, Figure):
                src = chart_href or "data:image/png;base64," + base64.b64encode(b.png).decode()
                lines += [f"![{_escape(b.alt)}]({src})", "", f"*{_escape(b.caption)}*", ""]
    if report.notes:
        lines += ["## Источники", ""]
        for n in report.notes:
            lines.append(f"[^{n.number}]: {_escape(note_text(n))}" + (f" <{n.url}>" if n.url else ""))
        lines.append("")
    lines += ["---", "", f"*{_escape(report.footer)}*", ""]
    return "\n".join(lines)
