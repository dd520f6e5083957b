"""Known misuse cases: the data file against its schema (nothing without a source), matching, reports."""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core import risk
from core.catalog import Catalog
from core.export.writers import render
from core.misuse import DEFAULT_MISUSE_DIR, RULE, MisuseCatalog, MisuseCatalogError, finding_sources, match_kind
from core.model import Grant, Inventory
from core.scan import scan_paths
from core.summary import needs_attention, summarize
from tests.builders import facebook as fb
from tests.builders import x as xb
from tests.builders.archive import meta_json, write_zip
from tests.support.report import to_document

NOW = datetime(2026, 1, 1, tzinfo=timezone.utc)
CASES = json.loads((DEFAULT_MISUSE_DIR / "cases.json").read_text("utf-8"))
SCHEMA = json.loads((DEFAULT_MISUSE_DIR / "schema.json").read_text("utf-8"))


def schema_errors(doc: Any) -> list[str]:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return [f"{list(e.absolute_path)}: {e.message}" for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(doc)]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


# ----------------------------------------------------------------------------- the data file


def test_bundled_cases_match_the_schema_and_load() -> None:
    assert schema_errors(CASES) == []
    cases = MisuseCatalog.load().cases
    ids = {c.id for c in cases}
    # The cases the issue starts from are there.
    assert {"facebook_thisisyourdigitallife", "facebook_mypersonality", "facebook_cubeyou",
            "facebook_rankwave"} <= ids
    assert {p for c in cases for p in c.platforms} >= {"facebook", "instagram", "x", "google"}


def test_every_case_has_an_https_source_with_a_title() -> None:
    for case in MisuseCatalog.load().cases:
        assert case.sources, case.id
        for s in case.sources:
            assert s.url.startswith("https://") and s.title.strip(), case.id


def _without(doc: dict[str, Any], edit: Any) -> dict[str, Any]:
    d = copy.deepcopy(doc)
    edit(d["cases"][0])
    return d


@pytest.mark.parametrize("edit", [
    lambda c: c["sources"][0].pop("url"),
    lambda c: c.update(sources=[]),
    lambda c: c.pop("sources"),
    lambda c: c["sources"][0].update(url="http://insecure.example/report"),
    lambda c: c["sources"][0].update(url="see the newspaper"),
], ids=["source-without-url", "no-sources", "sources-missing", "plain-http", "not-an-address"])
def test_a_case_without_a_source_url_fails_the_schema_and_the_loader(edit: Any) -> None:
    broken = _without(CASES, edit)
    assert schema_errors(broken) != []
    with pytest.raises(MisuseCatalogError, match="source"):
        MisuseCatalog.from_document(broken)


@pytest.mark.parametrize("edit", [
    lambda c: c.update(app_ids={"facebook": [12345]}),  # ids are strings: they can exceed 2^53
    lambda c: c.update(outcomes=["probably_bad"]),
    lambda c: c.update(date="March 2018"),
    lambda c: c.update(names=[]),
])
def test_other_broken_cases_fail_the_schema(edit: Any) -> None:
    assert schema_errors(_without(CASES, edit)) != []


def test_translation_overlay_replaces_texts_by_case_id(tmp_path: Path) -> None:
    (tmp_path / "cases.json").write_text(json.dumps(CASES), "utf-8")
    (tmp_path / "locale").mkdir()
    locale = {"kind": "misuse_locale", "version": 1, "language": "de", "cases": {
        "facebook_cubeyou": {"summary": "Facebook sperrte CubeYou im April 2018."}, "gone": {"summary": "x"}}}
    assert schema_errors(locale) == []
    (tmp_path / "locale" / "de.json").write_text(json.dumps(locale), "utf-8")
    de = {c.id: c for c in MisuseCatalog.load(tmp_path, language="de-AT").cases}
    assert de["facebook_cubeyou"].summary == "Facebook sperrte CubeYou im April 2018."
    assert de["facebook_rankwave"].summary == MisuseCatalog.load().cases[3].summary  # untranslated stays English


def test_unreadable_file_is_a_catalog_error(tmp_path: Path) -> None:
    (tmp_path / "cases.json").write_text("{not json", "utf-8")
    with pytest.raises(MisuseCatalogError):
        MisuseCatalog.load(tmp_path)


# ----------------------------------------------------------------------------- fixture archives

def _test_cases_dir(tmp_path: Path) -> Path:
    """A cases file with an app id (no bundled source gives one, so the id match is shown with a test case)."""
    doc = {"kind": "misuse_cases", "version": 1, "about": "test", "cases": [{
        "id": "x_quiz", "platforms": ["x"], "names": ["Corner Quiz (original name)"],
        "app_ids": {"x": ["7000002"]}, "developer": "Quiz Research Ltd", "outcomes": ["suspended", "data_misused"],
        "date": "2018-05-01", "summary": "X suspended this app in 2018 after finding it sold its users' data.",
        "sources": [{"title": "Example Times: quiz app suspended", "url": "https://times.example/quiz-suspended"}],
    }]}
    d = tmp_path / "misuse"
    d.mkdir()
    (d / "cases.json").write_text(json.dumps(doc), "utf-8")
    return d


def facebook_archive(tmp_path: Path) -> Path:
    files = fb.g3()
    apps = [*fb.V2_APPS,
            {"name": "thisisyourdigitallife", "added_timestamp": 0, "user_app_scoped_id": 10220000000000301,
             "category": "removed", "removed_timestamp": 1430000000},
            {"name": "Quiz: Which Bird Are You", "added_timestamp": 1400000000,
             "user_app_scoped_id": 10220000000000302, "category": "active", "removed_timestamp": 0}]
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json({"installed_apps_v2": apps})
    return write_zip(files, tmp_path / "facebook-robin.zip")


def _by_app(inv: Inventory) -> dict[str, Grant]:
    return {g.app: g for g in inv.grants}


def _misuse(g: Grant) -> list[Any]:
    return [f for f in g.findings if f.rule == RULE]


def test_facebook_archive_name_match_is_possible_and_near_miss_is_nothing(tmp_path: Path, catalog: Catalog) -> None:
    raw = scan_paths([str(facebook_archive(tmp_path))])
    grants = _by_app(raw)
    # The inventory holds both apps as the archive lists them; the person's scoped id is no app id.
    assert grants["thisisyourdigitallife"].status == "removed"
    assert grants["thisisyourdigitallife"].app_id == grants["thisisyourdigitallife"].user_app_id
    assert "Quiz: Which Bird Are You" in grants

    assessed = _by_app(risk.assess(raw, catalog, NOW))
    found = _misuse(assessed["thisisyourdigitallife"])
    assert len(found) == 1
    f = found[0]
    assert (f.severity, match_kind(f)) == ("medium", "name")
    assert f.message.startswith("Possibly") and "To check" in f.message and "Cambridge Analytica" in f.message
    assert "https://www.engadget.com/2018/03/16/facebook-cambridge-analytica-suspended/" in f.message
    assert "may still be held" in f.action and "delete" in f.action  # removed, yet what it took may remain
    assert [s.url for s in finding_sources(f)][:2] == [
        "https://www.engadget.com/2018/03/16/facebook-cambridge-analytica-suspended/",
        "https://ftc.gov/news-events/press-releases/2019/12/ftc-grants-final-approval-settlement-former-cambridge-analytica"]
    assert _misuse(assessed["Quiz: Which Bird Are You"]) == []
    assert all(_misuse(g) == [] for name, g in assessed.items() if name != "thisisyourdigitallife")


def test_x_archive_app_id_match_is_high(tmp_path: Path, catalog: Catalog) -> None:
    raw = scan_paths([str(write_zip(xb.v2(), tmp_path / "twitter-robin.zip"))])
    quiz = _by_app(raw)["Quiz Corner"]
    assert quiz.app_id == "7000002"
    cases = MisuseCatalog.load(_test_cases_dir(tmp_path))
    assessed = risk.assess(raw, catalog, NOW, misuse=cases)
    flagged = {g.app: _misuse(g) for g in assessed.grants if _misuse(g)}
    assert list(flagged) == ["Quiz Corner"]  # matched by id although the case reports another name
    f = flagged["Quiz Corner"][0]
    assert (f.severity, match_kind(f)) == ("high", "app_id")
    assert "X suspended this app in 2018" in f.message
    assert "Example Times: quiz app suspended (https://times.example/quiz-suspended)" in f.message
    assert "Remove it in X's settings" in f.action and "Quiz Research Ltd" in f.action
    assert needs_attention(next(g for g in assessed.grants if g.app == "Quiz Corner"))
    assert summarize(assessed).by_rule[RULE] == 1


def test_reports_show_the_source_title_and_url(tmp_path: Path, catalog: Catalog) -> None:
    inv = risk.assess(scan_paths([str(facebook_archive(tmp_path))]), catalog, NOW)
    doc = to_document(inv, generated_at="2026-01-01T00:00:00Z")
    url = "https://www.engadget.com/2018/03/16/facebook-cambridge-analytica-suspended/"
    title = "Engadget: Facebook suspends Cambridge Analytica"
    html_text = render(doc, "html").decode("utf-8")
    assert url in html_text and title in html_text and "Named in an investigation" in html_text
    md = render(doc, "md").decode("utf-8")
    md_plain = re.sub(r"\\(.)", r"\1", md)  # Markdown escapes read back as the text a reader sees
    assert url in md_plain and title in md_plain and "Named in an investigation" in md_plain
    js = json.loads(render(doc, "json"))
    g = next(g for g in js["grants"] if g["app"] == "thisisyourdigitallife")
    f = next(f for f in g["findings"] if f["rule"] == RULE)
    assert f["title"] == "Named in an investigation" and f"source_url={url}" in f["evidence"]


def test_facebook_scoped_id_is_never_taken_for_an_app_id(tmp_path: Path, catalog: Catalog) -> None:
    """A Facebook archive's only id is the person's id inside the app; a case listing that number as an app id
    (by coincidence) must not turn a different app into a certain match."""
    doc = {"kind": "misuse_cases", "version": 1, "about": "test", "cases": [{
        "id": "fb_case", "platforms": ["facebook"], "names": ["Some Other App"],
        "app_ids": {"facebook": [str(fb.BIG_ID)]}, "developer": "Example Ltd", "outcomes": ["suspended"],
        "date": "2018-05-01", "summary": "Facebook suspended this app in 2018.",
        "sources": [{"title": "Example", "url": "https://news.example.org/fb"}],
    }]}
    raw = scan_paths([str(facebook_archive(tmp_path))])
    slideshow = _by_app(raw)["Slideshow Maker"]
    assert slideshow.app_id == str(fb.BIG_ID)  # the importer's app_id is the scoped id
    assessed = risk.assess(raw, catalog, NOW, misuse=MisuseCatalog.from_document(doc))
    assert all(_misuse(g) == [] for g in assessed.grants)
