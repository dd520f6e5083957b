"""The shipped catalog translations (resources/catalog/locale/<lang>.json) are valid and complete: every category,
sensitivity word and finding a person can see has words in that language, with the same placeholders."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core import risk
from core.catalog import DEFAULT_CATALOG_DIR, Catalog
from core.model import Grant
from core.risk import RiskContext

LOCALES = sorted(p.stem for p in (DEFAULT_CATALOG_DIR / "locale").glob("*.json"))
PLACEHOLDER = re.compile(r"\{\w+\}")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_french_and_german_are_shipped() -> None:
    assert {"fr", "de"} <= set(LOCALES)


@pytest.mark.parametrize("lang", LOCALES)
def test_locale_is_valid_and_complete(lang: str) -> None:
    schema = load(DEFAULT_CATALOG_DIR / "schema.json")
    overlay = load(DEFAULT_CATALOG_DIR / "locale" / f"{lang}.json")
    assert jsonschema.Draft202012Validator(schema).is_valid(overlay)
    base = load(DEFAULT_CATALOG_DIR / "categories.json")
    findings = load(DEFAULT_CATALOG_DIR / "findings.json")
    missing = [f"category {c}" for c in base["categories"] if c not in overlay["categories"]]
    missing += [f"text {t}" for t in base["texts"] if t not in overlay["texts"]]
    bad = []
    for rid, rule in findings["rules"].items():
        tr = overlay["rules"].get(rid)
        if tr is None:
            missing.append(f"rule {rid}")
            continue
        pairs = [(rule["title"], tr.get("title", "")), (rule["action"], tr.get("action", ""))]
        pairs += [(text, tr.get("messages", {}).get(key, "")) for key, text in rule["messages"].items()]
        pairs += [(text, tr.get("action_by_status", {}).get(key, ""))
                  for key, text in rule.get("action_by_status", {}).items()]
        for source, text in pairs:
            if not text:
                missing.append(f"rule {rid}: {source!r}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                bad.append(f"{rid}: {text!r}")
    assert not missing and not bad, missing + bad


@pytest.mark.parametrize("lang", LOCALES)
def test_a_person_reads_the_translation(lang: str) -> None:
    english, translated = Catalog.load(), Catalog.load(language=lang)
    assert translated.categories["private_messages"].label != english.categories["private_messages"].label
    assert translated.finding("friends_era").title != english.finding("friends_era").title
    assert translated.sensitivity_label("high") != english.sensitivity_label("high")


@pytest.mark.parametrize("lang", LOCALES)
def test_findings_are_worded_in_each_catalogs_language(lang: str) -> None:
    # Actions filled once per rule, status and platform must not leak from one catalog (language) to another.
    english, translated = Catalog.load(), Catalog.load(language=lang)
    app = Grant(platform="facebook", app="Quiz", app_id=None, status="expired",
                granted_at=datetime(2013, 10, 4, tzinfo=timezone.utc))
    words = {}
    for cat in (english, translated, english):
        f = risk.expired_not_removed(app, RiskContext(now=datetime(2026, 1, 1, tzinfo=timezone.utc), catalog=cat))
        assert f is not None
        words.setdefault(cat.language, set()).add((f.message, f.action))
    assert len(words["en"]) == 1 and words["en"] != words[lang]
    ((message, action),) = words[lang]
    assert message == translated.finding("expired_not_removed").messages["granted"].format(
        platform_name=translated.platform_name("facebook"), date="2013-10-04", app="Quiz")
    assert action != english.finding("expired_not_removed").action.format(platform_name="Facebook")
