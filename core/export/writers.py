"""The writer registry: one table of formats; core registers json, csv, md and html, the entry point adds pdf."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from core.tasks import gc_paused
from core.text import cap_strings

Render = Callable[..., bytes]
#: Writes a document to an open binary file piece by piece (the same bytes as its Render).
Stream = Callable[[dict[str, Any], IO[bytes]], None]


@dataclass(frozen=True)
class Writer:
    """One output format: its name, file suffix, and the function that renders a summary document."""

    name: str
    suffix: str
    render: Render
    #: True when the writer needs a display library (PDF needs Qt): the window renders it on the GUI thread.
    needs_gui: bool = False
    #: True for the data format (JSON): every value whole. Reports and tables show at most EXPORT_LIMIT
    #: characters of any text (a 1 MB app name must not make a PDF take a minute).
    full_values: bool = False
    #: Optional: the same bytes written in pieces, so a report of 100,000 grants is never held whole.
    stream: Stream | None = None


_REGISTRY: dict[str, Writer] = {}


def register(name: str, suffix: str, render: Render, *, needs_gui: bool = False, full_values: bool = False,
             stream: Stream | None = None) -> None:
    """Add (or replace) a format. The PDF writer lives in ui/ and is registered by main.py / ui/app.py."""
    _REGISTRY[name] = Writer(name, suffix, render, needs_gui, full_values, stream)


def formats() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def writer(name: str) -> Writer:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown export format: {name} (known: {', '.join(_REGISTRY)})") from None


def suffix(name: str) -> str:
    return writer(name).suffix


def render(doc: dict[str, Any], fmt: str, **options: Any) -> bytes:
    """Render the summary document in one registered format (options such as paper="letter" go to the writer)."""
    from core.export.document import whole_document

    w = writer(fmt)
    with gc_paused():  # a report of 100,000 grants builds millions of short-lived objects and no cycles
        doc = whole_document(doc)
        return w.render(doc if w.full_values else cap_strings(doc), **options)


def write(doc: dict[str, Any], fmt: str, out: IO[bytes], **options: Any) -> None:
    """render() into an open binary file; formats that can write in pieces do (no whole copy in memory), and
    take the document's grants as they are made (Workspace.document(stream_grants=True))."""
    from core.export.document import whole_document

    w = writer(fmt)
    with gc_paused():
        if w.stream is not None:
            w.stream(doc if w.full_values else cap_strings(whole_document(doc)), out)
        else:
            doc = whole_document(doc)
            out.write(w.render(doc if w.full_values else cap_strings(doc), **options))


# Each writer's module is imported when that format is first rendered, not when the registry is: a JSON scan
# never loads the report view, Markdown or CSV (plain imports inside functions: PyInstaller's analysis finds them).
def _render_json(doc: dict[str, Any], **options: Any) -> bytes:
    from core.export.json_writer import render_json

    return render_json(doc, **options)


def _write_json(doc: dict[str, Any], out: IO[bytes]) -> None:
    from core.export.json_writer import write_json

    write_json(doc, out)


def _render_csv(doc: dict[str, Any], **options: Any) -> bytes:
    from core.export.csv_writer import render_csv

    return render_csv(doc, **options)


def _render_markdown(doc: dict[str, Any], **options: Any) -> bytes:
    from core.export.markdown import render_markdown

    return render_markdown(doc, **options)


def _render_html(doc: dict[str, Any], **options: Any) -> bytes:
    from core.export.html import render_html

    return render_html(doc, **options)


def _register_core_writers() -> None:
    register("json", ".json", _render_json, full_values=True, stream=_write_json)
    register("csv", ".csv", _render_csv)
    register("md", ".md", _render_markdown)
    register("html", ".html", _render_html)


_register_core_writers()
