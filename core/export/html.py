"""HTML writer: one self-contained, escaped, printable page (Jinja2 + inline CSS + inline SVG, no script)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.export.view import QT_TABLE_LIMIT, build_view

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "report"

@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    # Imported here, not at the top: Jinja2 is a quarter of every `scan` process's imports and only HTML and PDF
    # reports need it (a plain import inside a function: PyInstaller's analysis still finds it).
    import jinja2
    import markupsafe

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every value is escaped, whatever the template file's name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Our own stylesheets are trusted markup (they contain ">" selectors that must not be escaped).
    env.globals["css"] = lambda name: markupsafe.Markup((TEMPLATES / name).read_text(encoding="utf-8"))
    return env


#: Report layouts: the full report, or a short one-page summary (counts, where to click, the most urgent apps).
LAYOUTS = ("full", "one-page")
#: The one-page layout lists at most this many apps (most severe first).
ONE_PAGE_APPS = 10


def _one_page_view(doc: dict[str, Any], language: str | None = None) -> dict[str, Any]:
    view = build_view(doc, language)
    seen: set[tuple[str, str]] = set()
    urgent = []
    for f in view["findings"]:  # most severe first; one line per app
        if f["severity"] != "high" or (f["app"], f["platform"]) in seen:
            continue
        seen.add((f["app"], f["platform"]))
        urgent.append(f)
    view["urgent"] = urgent[:ONE_PAGE_APPS]
    return view


def render_html(doc: dict[str, Any], layout: str = "full", language: str | None = None, **_options: Any) -> bytes:
    """The report for browsers and phones: inline CSS and SVG, no script, no remote resource.

    `language` ("en", "de", "fr", "es"; default English) is the language of the report's own words."""
    if layout == "one-page":
        html = environment().get_template("one-page.html.j2").render(v=_one_page_view(doc, language),
                                                                     medium="screen")
    else:
        html = environment().get_template("summary.html.j2").render(v=build_view(doc, language), medium="screen")
    return html.encode("utf-8")


def render_qt_one_page(doc: dict[str, Any], language: str | None = None) -> str:
    """The one-page summary for Qt's rich-text engine (PDF)."""
    return environment().get_template("one-page.html.j2").render(v=_one_page_view(doc, language), medium="qt")


def render_qt_html(doc: dict[str, Any], language: str | None = None) -> tuple[str, dict[str, str]]:
    """The same report for Qt's rich-text engine (PDF, preview): charts as named SVG images to attach."""
    pieces, charts = stream_qt_html(doc, language)
    return "".join(pieces), charts


def stream_qt_html(doc: dict[str, Any], language: str | None = None) -> tuple[Iterator[str], dict[str, str]]:
    """render_qt_html as Jinja's stream of pieces (a long report's whole text need never exist at once)."""
    view = build_view(doc, language)
    env = environment()
    charts: dict[str, str] = {}
    macros = env.get_template("charts.svg.j2").module
    if view["year_chart"]:
        charts["chart-years.svg"] = str(macros.years_chart(view["year_chart"], view["colours"],  # type: ignore[attr-defined]
                                                           view["status_titles"], standalone=True))
    if view["status_bar"]:
        charts["chart-status.svg"] = str(macros.status_bar(view["status_bar"], standalone=True))  # type: ignore[attr-defined]
    view["long_lists"] = len(doc["grants"]) > QT_TABLE_LIMIT
    return env.get_template("summary.html.j2").generate(v=view, medium="qt"), charts
