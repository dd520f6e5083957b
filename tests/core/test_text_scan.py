"""Searches and counts slice by slice find exactly what one call over the whole text finds, across slice edges."""

from __future__ import annotations

import pytest

from core import text_scan
from core.text_scan import contains, count_chars


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_scan, "SLICE", 8)


@pytest.mark.usefixtures("small_slices")
@pytest.mark.parametrize("at", range(0, 30))
def test_a_needle_is_found_wherever_it_lies_even_across_a_slice_edge(at: int) -> None:
    text = "x" * at + "\\u00e9" + "y" * (40 - at)
    assert contains(text, "\\u00")
    assert not contains(text.replace("\\u00", "\\u01"), "\\u00")


@pytest.mark.usefixtures("small_slices")
def test_counts_are_those_of_the_whole_text() -> None:
    text = '{"a": [1, 2, {"b": [3, 4]}], "c": {"d": [5, {}]}}' * 7
    assert count_chars(text, ",[{") == text.count(",") + text.count("[") + text.count("{")
    assert count_chars("", ",") == 0


def test_long_texts_use_the_default_slices() -> None:
    text = "a," * (text_scan.SLICE + 5)
    assert count_chars(text, ",") == text_scan.SLICE + 5
    assert contains(text + "\\u00", "\\u00") and not contains(text, "\\u00")
