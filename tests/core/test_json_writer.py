"""The JSON writer (orjson) writes byte for byte what the standard library's encoder would."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from core.export.json_writer import render_json, write_json
from tests.builders.archive import meta_json, with_prefix, write_zip
from tests.builders.facebook import g3, many_apps
from tests.support.report import to_document


def _stdlib(doc: object) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_leaf = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _text
_docs = st.recursive(_leaf, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
                     max_leaves=25)


@settings(max_examples=200, deadline=None)
@given(_docs)
def test_same_bytes_as_the_standard_encoder(doc: object) -> None:
    assert render_json({"d": doc}) == _stdlib({"d": doc})


def test_a_real_report_document_is_unchanged(tmp_path) -> None:
    from core.scan import scan_paths

    path = write_zip(with_prefix(g3(), "facebook-someone/"), tmp_path / "fb.zip")
    doc = to_document(scan_paths([str(path)]))
    out = render_json(doc)
    assert out == _stdlib(doc)
    assert json.loads(out)["grants"], "the document lists the grants"


def test_ids_beyond_64_bits_still_written_exactly() -> None:
    big = 2**70 + 1
    assert json.loads(render_json({"n": big}))["n"] == big


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(_text, _docs, max_size=3), max_size=5), st.dictionaries(_text, _leaf, max_size=3))
def test_writing_grant_by_grant_gives_the_same_bytes(grants: list, rest: dict) -> None:
    doc = {"schema": "grantscope.summary/1", **rest, "grants": grants, "activity": []}
    out = io.BytesIO()
    write_json(doc, out)
    assert out.getvalue() == render_json(doc) == _stdlib(doc)


def test_a_real_report_written_in_pieces_is_the_same(tmp_path) -> None:
    from core.scan import scan_paths

    files = with_prefix(g3(), "facebook-someone/")
    files["facebook-someone/apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json(
        {"installed_apps_v2": many_apps(2500)})
    doc = to_document(scan_paths([str(write_zip(files, tmp_path / "fb.zip"))]))
    assert len(doc["grants"]) > 2000, "more than one batch of grants"
    out = io.BytesIO()
    write_json(doc, out)
    assert out.getvalue() == render_json(doc)


def test_grants_made_while_written_give_the_same_bytes_and_reports(tmp_path) -> None:
    """`scan -o out.json` makes each grant's dict only as it is written (a 100,000-grant report never holds them
    all): the file is byte for byte the whole document's, and every other format renders it the same."""
    from datetime import datetime, timezone

    from core.export import writers
    from core.export.document import StreamedGrants, whole_document
    from core.workspace import default_workspace

    files = with_prefix(g3(), "facebook-someone/")
    files["facebook-someone/apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json(
        {"installed_apps_v2": many_apps(2500)})
    ws = default_workspace()
    assessed = ws.open([str(write_zip(files, tmp_path / "fb.zip"))])
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    whole = ws.document(assessed, generated_at=when)
    streamed = ws.document(assessed, generated_at=when, stream_grants=True)
    assert isinstance(streamed["grants"], StreamedGrants) and len(streamed["grants"]) == len(whole["grants"]) > 2000
    out = io.BytesIO()
    writers.write(streamed, "json", out)
    assert out.getvalue() == render_json(whole)
    for fmt in ("json", "csv", "md", "html"):
        assert writers.render(streamed, fmt) == writers.render(whole, fmt), fmt
    # Each grant of a list made from it has its own lists: changing one report row never changes another.
    listed = whole_document(streamed)["grants"]
    assert listed == whole["grants"]
    same = [g for g in listed if g["permissions"] == listed[0]["permissions"]]
    assert len(same) > 1 and same[0]["access"] is not same[1]["access"]


def test_no_grants_streamed_is_an_empty_list() -> None:
    from core.export.document import StreamedGrants

    doc = {"schema": "grantscope.summary/1", "grants": StreamedGrants((), None), "activity": []}  # type: ignore
    out = io.BytesIO()
    write_json(doc, out)
    assert out.getvalue() == _stdlib({**doc, "grants": []})


def test_streamed_dates_in_any_zone_read_as_in_the_whole_document() -> None:
    """Grants written as they are made leave UTC dates to the encoder: a date in another zone, with microseconds
    or before year 1000 still reads exactly as in the whole document (UTC, whole seconds, 'Z')."""
    from datetime import datetime, timedelta, timezone

    from core.model import Finding, Grant, Inventory, Source
    from core.workspace import default_workspace

    plus2 = timezone(timedelta(hours=2))
    grants = tuple(
        Grant(platform="facebook", app=f"App {i}", app_id=str(i), status="removed" if i % 2 else "active",
              granted_at=datetime(2019, 5, 6, 7, 8, 9, 123456, tzinfo=plus2 if i % 3 else timezone.utc),
              removed_at=datetime(999, 1, 2, 3, 4, 5, tzinfo=timezone.utc) if i % 2 else None,
              last_used_at=datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=timezone.utc),
              permissions=("email", "user_friends") if i % 4 else (), source="x.zip",
              findings=(Finding("stale", "medium", "m ü", "a", ("e=1",)),) if i % 5 else (),
              first_party=i == 7, account="facebook:someone")
        for i in range(2600))
    inv = Inventory(sources=(Source("facebook", "x.zip", account="facebook:someone"),), grants=grants)
    ws = default_workspace()
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    whole = ws.document(inv, generated_at=when)
    assert whole["grants"][1]["granted_at"] == "2019-05-06T05:08:09Z"
    assert whole["grants"][1]["removed_at"] == "0999-01-02T03:04:05Z"
    out = io.BytesIO()
    write_json(ws.document(inv, generated_at=when, stream_grants=True), out)
    assert out.getvalue() == render_json(whole) == _stdlib(whole)
