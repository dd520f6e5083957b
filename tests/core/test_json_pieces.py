"""A big JSON document read in a worker is decoded in pieces: the same value and the same errors as json.loads, while
the thread that waits for it (a window) keeps running."""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pytest

from core.archive.json_pieces import loads_in_pieces
from core.archive.tree import PIECES_CHARS, parse_json_text
from core.errors import ArchiveError
from tests.support.threads import in_worker

DOCUMENTS = [
    '{"installed_apps_v2": [{"name": "Quiz \\"],{\\" app", "added_timestamp": 1600000000}, {"name": "Caf\\u00e9"}]}',
    '[1, 2.5, -3e10, 1e400, NaN, Infinity, -Infinity, true, false, null, "x", [], {}, [[]], {"a": {}}]',
    '  \n\t{ "a" : [ 1 , 2 ] , "b" : { "c" : [ { "d" : [ ] } ] } , "e" : "]" }  \r\n',
    '{"k": 1, "k": 2, "j": [3]}',  # a repeated key: the last one counts, in the first one's place
    '[]', '{}', '"just a string"', '12', 'null', '[{"deep": [[[[[[1]]]]]]}]',
    '{"apps": ' + json.dumps([{"name": f"App {i} ,]}}", "n": i, "f": i / 7} for i in range(500)]) + '}',
    "[" + ",".join(["{}"] * 50) + "]",
    '{"emoji": "\\ud83d\\ude00 \U0001f600", "ctrl": "\\n\\t", "big": 123456789012345678901234567890}',
]

INVALID = ['[1, 2,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{"a": [1, 2}', '[', '', '   ', '\ufeff[1]', '[1] x',
           '{"a": tru}', '{1: 2}', '[{"a": "unterminated]', '["\x01"]', '{"a": [1, 2], "b": [3,, 4]}']


@pytest.mark.parametrize("text", DOCUMENTS)
def test_the_same_value_as_json_loads(text: str) -> None:
    expected = json.loads(text)
    got = loads_in_pieces(text)
    assert repr(got) == repr(expected)  # repr: NaN != NaN, and key order counts
    if isinstance(expected, dict):
        assert list(got) == list(expected)


@pytest.mark.parametrize("text", INVALID)
def test_the_same_error_as_json_loads(text: str) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(text)
    with pytest.raises(ValueError) as got:
        loads_in_pieces(text)
    assert type(got.value) is type(expected.value) and str(got.value) == str(expected.value)


def test_nesting_too_deep_is_refused_as_json_loads_does() -> None:
    text = "[" * 100_000 + "]" * 100_000
    with pytest.raises(RecursionError):
        loads_in_pieces(text)


def _big_app_list(apps: int) -> str:
    return json.dumps({"installed_apps_v2": [
        {"name": f"App number {i}", "added_timestamp": 1_600_000_000 + i, "user_app_scoped_id": 10_000_000 + i,
         "category": "active", "removed_timestamp": 0} for i in range(apps)]}, indent=2)


def _in_worker(fn: Any) -> tuple[Any, int]:
    """fn() in another thread; returns its result (or exception) and how often this thread ran meanwhile."""
    ticks = [0]

    def tick() -> None:
        ticks[0] += 1
        time.sleep(0.001)

    return in_worker(fn, tick), ticks[0]


def test_a_big_document_read_in_a_worker_leaves_time_to_the_waiting_thread() -> None:
    text = _big_app_list(60_000)  # about 10 MB: one json.loads call of a tenth of a second or more
    assert len(text) > PIECES_CHARS
    t = time.perf_counter()
    json.loads(text)
    one_call = time.perf_counter() - t
    value, ticks = _in_worker(lambda: parse_json_text(text, "apps_and_websites.json"))
    assert value == json.loads(text)
    # Decoded in one C call, this thread would not run at all until it ends (one tick at most). In pieces, it gets
    # the interpreter back every switch interval (5 ms by default, 1 ms in the window).
    assert ticks >= max(5, one_call / sys.getswitchinterval() / 4)


def test_bad_json_in_a_worker_reads_as_before() -> None:
    text = _big_app_list(8_000)[:-3] + ",]}"
    assert len(text) > PIECES_CHARS
    error, _ = _in_worker(lambda: parse_json_text(text, "apps.json", "/exports/facebook.zip"))
    assert isinstance(error, ArchiveError) and error.reason == "bad_json"
    assert str(error).startswith("apps.json: not valid JSON (Expecting value")
