"""Mojibake repair (string and JSON-text level), name normalization, timestamps and ids."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from core.text import (
    EXPORT_LIMIT,
    as_id,
    cap_strings,
    fix_mojibake,
    fix_mojibake_deep,
    fix_mojibake_json_text,
    from_epoch,
    iso_z,
    normalize_name,
    parse_iso,
)
from tests.builders.archive import meta_json


def test_known_meta_mojibake() -> None:
    assert fix_mojibake("What Pok\u00c3\u00a9mon are you?") == "What Pokémon are you?"
    assert fix_mojibake("Victoria\u00e2\u0080\u0099s Secret") == "Victoria’s Secret"
    assert fix_mojibake("\u00eb\u00b8\u0094\u00eb\u00a6\u00bf") == "블릿"
    assert fix_mojibake("already ✓ fine") == "already ✓ fine"  # above U+00FF: kept
    assert fix_mojibake("caf\u00e9") == "café"  # not UTF-8 bytes: kept


@given(st.recursive(st.text(), lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(), c, max_size=3),
                    max_leaves=10))
def test_meta_round_trip(value: object) -> None:
    encoded = meta_json(value).decode("ascii")
    assert fix_mojibake_deep(json.loads(encoded)) == value
    fixed = fix_mojibake_json_text(encoded)
    assert fixed is not None and json.loads(fixed) == value


def test_text_level_repair_respects_escaped_backslashes_and_quotes() -> None:
    text = r'{"a\\": "x\\u00c3\\u00a9", "b": "say \"Caf\u00c3\u00a9\"", "c\u00c3\u00a9": 1}'
    fixed = fix_mojibake_json_text(text)
    assert fixed is not None
    assert json.loads(fixed) == {"a\\": "x\\u00c3\\u00a9", "b": 'say "Café"', "cé": 1}


def test_deep_repair_survives_deep_nesting() -> None:
    value: object = "Caf\u00c3\u00a9"
    for _ in range(5000):
        value = [value]
    out = fix_mojibake_deep(value)
    for _ in range(5000):
        out = out[0]  # type: ignore[index]
    assert out == "Café"


def test_normalize_name() -> None:
    assert normalize_name("  Echofon  Android ") == "echofon android"
    assert normalize_name("ＡＢＣ") == "abc"
    assert normalize_name("Straße") == normalize_name("STRASSE")


def test_timestamps_zero_is_unknown_never_1970() -> None:
    assert from_epoch(0) is None and from_epoch("0") is None and from_epoch(None) is None
    assert from_epoch("") is None and from_epoch(True) is None and from_epoch(-5) is None
    assert from_epoch(1380888420) == datetime(2013, 10, 4, 12, 7, tzinfo=timezone.utc)
    assert from_epoch("1380888420000") == datetime(2013, 10, 4, 12, 7, tzinfo=timezone.utc)  # approvedAtMsec
    assert iso_z(from_epoch(1380888420)) == "2013-10-04T12:07:00Z"
    assert from_epoch(float("nan")) is None and from_epoch(1e30) is None


def test_parse_iso() -> None:
    assert iso_z(parse_iso("2022-09-17T21:03:42.000Z")) == "2022-09-17T21:03:42Z"
    assert iso_z(parse_iso('"2021-03-04T05:06:07.123456789+01:00"')) == "2021-03-04T04:06:07Z"
    assert iso_z(parse_iso("2020-01-02 03:04:05 UTC")) == "2020-01-02T03:04:05Z"
    assert parse_iso("1970-01-01T00:00:00Z") is None and parse_iso("garbage") is None and parse_iso(5) is None


def test_ids_are_exact_strings() -> None:
    assert as_id(10229093786579754) == "10229093786579754"
    assert as_id(" 42 ") == "42" and as_id("") is None and as_id(None) is None and as_id(True) is None
    assert as_id({"x": 1}) is None


def test_long_strings_are_cut_and_the_original_document_keeps_them_whole() -> None:
    long = "A" * (EXPORT_LIMIT + 500)
    doc = {"grants": [{"name": long, "perms": ("email", long)}, {"name": "Quiz"}], "n": 2}
    capped = cap_strings(doc)
    assert len(capped["grants"][0]["name"]) == EXPORT_LIMIT
    assert capped["grants"][0]["name"].endswith("…")
    assert capped["grants"][0]["perms"] == ["email", "A" * (EXPORT_LIMIT - 1) + "…"]
    assert doc["grants"][0]["name"] == long  # the JSON export still writes the whole value
    assert doc["grants"][0]["perms"] == ("email", long)
    assert capped["grants"][1] == {"name": "Quiz"} and capped["n"] == 2


def test_parts_with_nothing_to_cut_are_shared_not_copied() -> None:
    doc = {"grants": [{"name": "Quiz", "perms": ["email"]} for _ in range(3)], "summary": {"total": 3}}
    assert cap_strings(doc) is doc
    doc["grants"].append({"name": "B" * (EXPORT_LIMIT + 1)})
    capped = cap_strings(doc)
    assert capped is not doc and capped["grants"] is not doc["grants"]
    assert capped["summary"] is doc["summary"] and capped["grants"][0] is doc["grants"][0]

@given(st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31), timezones=st.timezones()))
def test_iso_z_is_the_utc_isoformat_to_the_second(dt: datetime) -> None:
    # iso_z builds the text itself (a day's text is reused); it must read exactly like isoformat in UTC.
    utc = dt.astimezone(timezone.utc)
    assert iso_z(dt) == utc.isoformat(timespec="seconds")[:19] + "Z"
    assert iso_z(utc) == iso_z(dt)
