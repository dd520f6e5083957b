"""Decode a large JSON document in pieces (the same value as json.loads), so that other threads run in between."""

from __future__ import annotations

import json
import re
from typing import Any

_WS = re.compile(r"[ \t\n\r]*")
#: What may follow an element of an array: a comma or the closing bracket, with white space around.
_NEXT = re.compile(r"[ \t\n\r]*([,\]])[ \t\n\r]*")
#: json's own scanner (C): decodes one value starting at an index, as json.loads does.
_SCAN = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
#: Arrays and objects up to this depth are walked here, one element per call into the scanner; deeper values are
#: decoded in one call each (an app record of Facebook's 18 MB list: microseconds).
_WALK_DEPTH = 2


class _Irregular(Exception):
    """Anything this walker does not expect: json.loads decides (and words the error)."""


def loads_in_pieces(text: str) -> Any:
    """json.loads(text), decoded element by element in the outer arrays and objects.

    Why: json.loads of Facebook's 18 MB app list is one C call of a quarter of a second, and a thread inside a C call
    keeps the GIL: a window reading an archive in a worker could not repaint, nor answer a key, meanwhile. Between two
    elements here the interpreter can switch threads. Any irregularity (invalid JSON, a BOM, nesting too deep) is left
    to json.loads, so errors read exactly as they always did.
    """
    try:
        value, end = _value(text, _WS.match(text, 0).end(), 0)  # type: ignore[union-attr]
        if _WS.match(text, end).end() != len(text):  # type: ignore[union-attr]
            raise _Irregular
        return value
    except (_Irregular, StopIteration, ValueError, RecursionError, IndexError):
        return json.loads(text)


def _value(s: str, i: int, depth: int) -> tuple[Any, int]:
    if depth < _WALK_DEPTH:
        c = s[i:i + 1]
        if c == "[":
            return _array(s, i + 1, depth + 1)
        if c == "{":
            return _object(s, i + 1, depth + 1)
    return _SCAN(s, i)  # type: ignore[no-any-return]


def _array(s: str, i: int, depth: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    i = _WS.match(s, i).end()  # type: ignore[union-attr]
    if s[i:i + 1] == "]":
        return out, i + 1
    if depth >= _WALK_DEPTH:  # the hot loop (100,000 app records): each element in one call into the scanner
        scan, after, append = _SCAN, _NEXT.match, out.append
        while True:
            v, i = scan(s, i)
            append(v)
            m = after(s, i)
            if m is None:
                raise _Irregular
            if m.group(1) == "]":
                return out, m.end(1)
            i = m.end()
    while True:
        v, i = _value(s, i, depth)
        out.append(v)
        i = _WS.match(s, i).end()  # type: ignore[union-attr]
        c = s[i:i + 1]
        if c == ",":
            i = _WS.match(s, i + 1).end()  # type: ignore[union-attr]
        elif c == "]":
            return out, i + 1
        else:
            raise _Irregular


def _object(s: str, i: int, depth: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    i = _WS.match(s, i).end()  # type: ignore[union-attr]
    if s[i:i + 1] == "}":
        return out, i + 1
    while True:
        if s[i:i + 1] != '"':
            raise _Irregular
        key, i = _SCAN(s, i)
        i = _WS.match(s, i).end()  # type: ignore[union-attr]
        if s[i:i + 1] != ":":
            raise _Irregular
        v, i = _value(s, _WS.match(s, i + 1).end(), depth)  # type: ignore[union-attr]
        out[key] = v
        i = _WS.match(s, i).end()  # type: ignore[union-attr]
        c = s[i:i + 1]
        if c == ",":
            i = _WS.match(s, i + 1).end()  # type: ignore[union-attr]
        elif c == "}":
            return out, i + 1
        else:
            raise _Irregular
