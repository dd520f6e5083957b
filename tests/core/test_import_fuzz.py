"""Importers survive structurally mutated input: wrong types anywhere give warnings, never an internal error."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from core.errors import ArchiveError
from core.scan import scan_paths
from tests.builders import discord, facebook, instagram, reddit, snapchat, takeout, tiktok, x
from tests.builders.archive import Files, write_zip

JUNK: list[Any] = [None, 0, -1, 2**70, 1.5, "", "x" * 300, True, [], {}, [None], {"": None}, "\u202e\x00"]
_JS = re.compile(rb"^\s*(window\.[\w.$]+\s*=\s*)", re.S)


def _mutate(value: Any, rng: random.Random, depth: int = 0) -> Any:
    """Replace a few random subtrees (or keys) with junk of the wrong type."""
    if rng.random() < 0.12 and depth > 0:
        return rng.choice(JUNK)
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if rng.random() < 0.05:
                continue  # drop a key
            out[k] = _mutate(v, rng, depth + 1)
        return out
    if isinstance(value, list):
        return [_mutate(v, rng, depth + 1) for v in value]
    return value


def _mutate_file(name: str, data: bytes, rng: random.Random) -> bytes:
    prefix = b""
    body = data
    m = _JS.match(data)
    if m:
        prefix, body = m.group(1), data[m.end():]
    try:
        doc = json.loads(body)
    except ValueError:
        return data[: rng.randrange(len(data) + 1)] if name.endswith((".csv", ".html", ".jsonl", ".json")) else data
    return prefix + json.dumps(_mutate(doc, rng)).encode()


EXPORTS: dict[str, Any] = {
    "facebook-g3": facebook.g3, "facebook-g5": facebook.g5, "instagram-2023": instagram.g2023,
    "x": x.v2, "x-v1": x.v1, "snapchat": lambda: snapchat.export(snapchat.LABELLED),
    "takeout": takeout.single, "tiktok": lambda: tiktok.export(tiktok.new()), "discord": discord.old_layout,
    "reddit": reddit.export,
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_mutated_exports_never_hit_an_internal_error(tmp_path: Path, name: str) -> None:
    base: Files = EXPORTS[name]()
    for seed in range(12):
        rng = random.Random(f"{name}-{seed}")
        files = {k: _mutate_file(k, v, rng) for k, v in base.items()}
        path = write_zip(files, tmp_path / f"{seed}.zip")
        try:
            inv = scan_paths([str(path)])
        except ArchiveError:
            continue  # a clear, typed "nothing usable" is fine
        assert not any("internal error" in w for w in inv.warnings), (seed, inv.warnings)
        for g in inv.grants:
            assert isinstance(g.app, str) and g.app.strip()
            assert g.app_id is None or isinstance(g.app_id, str)
            assert g.status in ("active", "expired", "removed")
