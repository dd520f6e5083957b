"""The JSON writer (orjson) writes byte for byte what the standard library's encoder would."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from core.export.json_writer import render_json
from tests.builders.archive import with_prefix, write_zip
from tests.builders.facebook import g3
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
