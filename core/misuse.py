"""Known misuse cases (resources/misuse/cases.json): load them and match grants by app id or exact name."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from core.model import Finding, Grant
from core.text import normalize_name

#: resources/misuse next to the code (core/misuse.py -> repo root).
DEFAULT_MISUSE_DIR = Path(__file__).resolve().parents[1] / "resources" / "misuse"
CASES_FILE = "cases.json"

#: The risk rule that reports a match (texts in resources/catalog/findings.json).
RULE = "named_in_investigation"

#: A match by name alone is only a possibility: another app can carry the same name.
POSSIBLE_MATCH_SEVERITY: Literal["medium"] = "medium"

#: Platforms known under two ids ("twitter" in older data) are matched as one.
PLATFORM_ALIASES = {"twitter": "x"}

MatchKind = Literal["app_id", "name"]

_OUTCOMES = frozenset({"removed", "suspended", "banned", "access_cut", "sued", "fined", "ordered_to_delete",
                       "data_misused"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class MisuseCatalogError(ValueError):
    """The bundled cases file is missing, unreadable or breaks its rules (a packaging bug, not user input)."""


@dataclass(frozen=True)
class CaseSource:
    """One public source of a case: its title and an https address."""

    title: str
    url: str
    date: str | None = None


@dataclass(frozen=True)
class MisuseCase:
    """One publicly reported case: which app, on which platforms, what happened, and who says so."""

    id: str
    platforms: tuple[str, ...]
    names: tuple[str, ...]
    developer: str
    outcomes: tuple[str, ...]
    date: str
    summary: str
    sources: tuple[CaseSource, ...]
    #: platform -> app ids a source gives (never guessed)
    app_ids: Mapping[str, tuple[str, ...]]
    note: str | None = None


@dataclass(frozen=True)
class CaseMatch:
    """A grant matched to a case: by the app's id (certain) or by its normalized name (possible)."""

    case: MisuseCase
    kind: MatchKind
    #: the app id or the name as the case reports it, whichever matched
    matched: str


def _platform(p: str) -> str:
    return PLATFORM_ALIASES.get(p, p)


def _need(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise MisuseCatalogError(f"{where}: {msg}")


def _text(d: Mapping[str, Any], key: str, where: str) -> str:
    v = d.get(key)
    _need(isinstance(v, str) and bool(v.strip()), where, f"{key!r} must be a non-empty string")
    return str(v)


def _strings(d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = d.get(key)
    ok = isinstance(v, list) and bool(v) and all(isinstance(x, str) and x.strip() for x in v)
    _need(ok, where, f"{key!r} must be a non-empty list of strings")
    return tuple(str(x) for x in v or ())


def _parse_case(raw: Any, where: str) -> MisuseCase:
    _need(isinstance(raw, dict), where, "must be an object")
    cid = _text(raw, "id", where)
    _need(bool(_ID.match(cid)), where, f"bad id {cid!r}")
    where = f"{where} ({cid})"
    raw_sources = raw.get("sources")
    _need(isinstance(raw_sources, list) and bool(raw_sources), where, "every case needs at least one source")
    sources = []
    for i, s in enumerate(raw_sources):
        sw = f"{where}: source {i}"
        _need(isinstance(s, dict), sw, "must be an object")
        url = _text(s, "url", sw)
        _need(url.startswith("https://") and not any(c.isspace() for c in url), sw, "url must be an https address")
        date = s.get("date")
        _need(date is None or (isinstance(date, str) and bool(_DATE.match(date))), sw, "date must be YYYY-MM-DD")
        sources.append(CaseSource(title=_text(s, "title", sw), url=url, date=date))
    outcomes = _strings(raw, "outcomes", where)
    _need(set(outcomes) <= _OUTCOMES, where, f"unknown outcome in {outcomes!r}")
    date = _text(raw, "date", where)
    _need(bool(_DATE.match(date)), where, "date must be YYYY-MM-DD")
    ids_raw = raw.get("app_ids", {})
    _need(isinstance(ids_raw, dict), where, "'app_ids' must map a platform to a list of ids")
    app_ids = {_platform(p): _strings(ids_raw, p, f"{where}: app_ids") for p in ids_raw}
    note = raw.get("note")
    _need(note is None or (isinstance(note, str) and bool(note.strip())), where, "'note' must be a string")
    return MisuseCase(
        id=cid,
        platforms=tuple(_platform(p) for p in _strings(raw, "platforms", where)),
        names=_strings(raw, "names", where),
        developer=_text(raw, "developer", where),
        outcomes=outcomes,
        date=date,
        summary=_text(raw, "summary", where),
        sources=tuple(sources),
        app_ids=app_ids,
        note=note,
    )


def _read(p: Path) -> Any:
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MisuseCatalogError(f"{p.name}: cannot read the misuse cases ({exc})") from exc


def _language_chain(language: str) -> list[str]:
    """'pt-BR' -> ['pt', 'pt-BR'] (base first, so the regional file overrides it)."""
    parts = language.replace("_", "-").split("-")
    return ["-".join(parts[: i + 1]) for i in range(len(parts))]


class MisuseCatalog:
    """The loaded cases with their match indexes. Build once (MisuseCatalog.load) and pass it on."""

    def __init__(self, cases: Iterable[MisuseCase]) -> None:
        self.cases: tuple[MisuseCase, ...] = tuple(cases)
        self._by_id: dict[tuple[str, str], MisuseCase] = {}
        self._by_name: dict[tuple[str, str], tuple[MisuseCase, str]] = {}
        seen: set[str] = set()
        for c in self.cases:
            _need(c.id not in seen, "misuse cases", f"case id {c.id!r} is used twice")
            seen.add(c.id)
            for platform, ids in c.app_ids.items():
                for i in ids:
                    self._by_id.setdefault((platform, i), c)
            for p in c.platforms:
                for n in c.names:
                    self._by_name.setdefault((p, normalize_name(n)), (c, n))

    @classmethod
    def empty(cls) -> MisuseCatalog:
        return cls(())

    @classmethod
    def load(cls, path: str | Path | None = None, *, language: str | None = None) -> MisuseCatalog:
        """Read cases.json from `path` (default: resources/misuse), plus locale/<language>.json texts."""
        base = Path(path) if path is not None else DEFAULT_MISUSE_DIR
        data = _read(base / CASES_FILE)
        return cls.from_document(data, locales=[_read(p) for p in cls._locale_files(base, language)])

    @staticmethod
    def _locale_files(base: Path, language: str | None) -> list[Path]:
        if not language:
            return []
        return [p for lang in _language_chain(language) if (p := base / "locale" / f"{lang}.json").is_file()]

    @classmethod
    def from_document(cls, data: Any, locales: Iterable[Any] = ()) -> MisuseCatalog:
        """Build from the decoded cases document; translations replace a case's summary and note by id."""
        _need(isinstance(data, dict), CASES_FILE, "top level must be a JSON object")
        _need(data.get("kind") == "misuse_cases", CASES_FILE, "'kind' must be 'misuse_cases'")
        _need(data.get("version") == 1, CASES_FILE, "unsupported 'version' (expected 1)")
        raw = data.get("cases")
        _need(isinstance(raw, list) and bool(raw), CASES_FILE, "'cases' must be a non-empty list")
        cases = [_parse_case(c, f"{CASES_FILE}: case {i}") for i, c in enumerate(raw)]
        for loc in locales:
            texts = loc.get("cases") if isinstance(loc, dict) and loc.get("kind") == "misuse_locale" else None
            if not isinstance(texts, dict):
                continue
            for i, c in enumerate(cases):
                t = texts.get(c.id)
                if not isinstance(t, dict):
                    continue  # untranslated: English stays
                summary, note = t.get("summary"), t.get("note")
                cases[i] = replace(
                    c,
                    summary=summary if isinstance(summary, str) and summary.strip() else c.summary,
                    note=note if isinstance(note, str) and note.strip() else c.note,
                )
        return cls(cases)

    def match(self, grant: Grant) -> CaseMatch | None:
        """The case naming this grant's app: by app id first, else by exactly the same normalized name.

        A Facebook archive's only id is the person's own id inside the app (user_app_scoped_id, which the
        importer also puts in app_id); it says nothing about which app it is, so it never matches an app id.
        Names match only when equal after normalization (case, spacing, Unicode forms): no fuzzy matching,
        so "Quiz: Which Bird Are You" never matches "thisisyourdigitallife". Variants a source reports are
        listed as extra names of the case.
        """
        platform = PLATFORM_ALIASES.get(grant.platform, grant.platform)  # _platform, inlined: once per grant
        if grant.app_id:
            app_id = grant.app_id.strip()
            if app_id and app_id != (grant.user_app_id or "").strip():
                case = self._by_id.get((platform, app_id))
                if case is not None:
                    return CaseMatch(case, "app_id", app_id)
        app = grant.app
        if app and app.strip():
            hit = self._by_name.get((platform, normalize_name(app)))
            if hit is not None:
                return CaseMatch(hit[0], "name", hit[1])
        return None


# ---------------------------------------------------------------------- reading a finding back (ui, reports)

def finding_sources(finding: Finding) -> list[CaseSource]:
    """The sources cited by a misuse finding, in order (from its evidence: source_title=…, source_url=…)."""
    if finding.rule != RULE:
        return []
    titles = [e.split("=", 1)[1] for e in finding.evidence if e.startswith("source_title=")]
    urls = [e.split("=", 1)[1] for e in finding.evidence if e.startswith("source_url=")]
    return [CaseSource(title=t, url=u) for t, u in zip(titles, urls, strict=False) if u.startswith("https://")]


def match_kind(finding: Finding) -> MatchKind | None:
    """"app_id" for a certain match, "name" for a possible one, None when the finding is about something else."""
    if finding.rule != RULE:
        return None
    for e in finding.evidence:
        if e == "match=app_id":
            return "app_id"
        if e == "match=name":
            return "name"
    return None
