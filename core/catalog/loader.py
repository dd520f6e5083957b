"""Permission catalog: loads resources/catalog/*.json, resolves raw permission keys to plain language."""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple, cast

from core.model import Grant, Permission, Sensitivity, Severity

#: resources/catalog next to the code (core/catalog/loader.py -> repo root).
DEFAULT_CATALOG_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalog"

#: Every platform falls back to this vocabulary last (OpenID Connect scopes are used everywhere).
FALLBACK_VOCABULARY = "oidc"

UNKNOWN_CATEGORY = "unknown"
UNKNOWN_SENSITIVITY: Sensitivity = "medium"

_SENSITIVITIES = ("high", "medium", "low")
_SENSITIVITY_RANK = {s: i for i, s in enumerate(_SENSITIVITIES)}
_STATUSES = ("active", "expired", "removed")
_KINDS = ("categories", "vocabulary", "findings", "locale")


class CatalogError(ValueError):
    """A catalog file is missing, unreadable or breaks the catalog rules (a packaging bug, not user input)."""


def sensitivity_rank(s: str) -> int:
    """0 for high, 1 for medium, 2 for low: sort key that puts the most sensitive first."""
    return _SENSITIVITY_RANK.get(s, len(_SENSITIVITIES))


@dataclass(frozen=True)
class Category:
    """A cross-platform kind of data or power, in plain language."""

    id: str
    label: str
    description: str
    sensitivity: Sensitivity
    order: int = 0


@dataclass(frozen=True)
class CatalogEntry:
    """One permission key as written in a vocabulary file, with provider facts."""

    key: str
    vocabulary: str
    category: str
    label: str
    also: tuple[str, ...] = ()
    description: str | None = None
    sensitivity: Sensitivity | None = None
    provider_class: str | None = None
    admin_consent: bool | None = None
    deprecated: str | None = None
    note: str | None = None
    source: str | None = None
    #: True when matched by a prefix rule rather than an exact key.
    by_prefix: bool = False


@dataclass(frozen=True)
class Vocabulary:
    """The permission names of one provider (or protocol), with how raw keys are matched."""

    id: str
    name: str
    platforms: tuple[str, ...]
    extends: tuple[str, ...]
    case_sensitive: bool
    prefixes: tuple[str, ...]
    entries: Mapping[str, CatalogEntry]
    prefix_rules: tuple[CatalogEntry, ...] = ()
    sources: tuple[Mapping[str, str], ...] = ()
    _index: Mapping[str, CatalogEntry] = field(default_factory=dict, repr=False, compare=False)

    def _fold(self, s: str) -> str:
        return s if self.case_sensitive else s.casefold()

    def candidates(self, key: str) -> list[str]:
        """The key itself, the key without a known resource prefix, and the key with each prefix added.

        Keys written as words by some exports ("Display Name") are also tried as identifiers (display_name).
        """
        out = [key]
        if " " in key.strip():
            out.append("_".join(key.split()))
        for p in self.prefixes:
            if self._fold(key).startswith(self._fold(p)):
                out.append(key[len(p) :])
            else:
                out.append(p + key)
        return out

    def exact(self, key: str) -> CatalogEntry | None:
        for c in self.candidates(key):
            e = self._index.get(self._fold(c))
            if e is not None:
                return e
        return None

    def by_prefix(self, key: str) -> CatalogEntry | None:
        best: CatalogEntry | None = None
        for c in self.candidates(key):
            fc = self._fold(c)
            for rule in self.prefix_rules:
                if fc.startswith(self._fold(rule.key)) and (best is None or len(rule.key) > len(best.key)):
                    best = rule
        return best


class _KeepMissing(dict[str, Any]):
    """format_map mapping that leaves an unknown {placeholder} visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, fields: Mapping[str, Any]) -> str:
    """Fill {placeholders}; a placeholder with no value stays as written (a translation typo never crashes)."""
    split = _compiled(template)
    if split is None:  # anything beyond plain {name}: the general (slow) formatter, same rules
        try:
            return string.Formatter().vformat(template, (), _KeepMissing(fields))
        except (ValueError, IndexError, AttributeError):
            # Malformed braces or positional fields in a (translated) template: show it unfilled.
            return template
    head, fields_then_texts = split
    # Only plain {name} fields here, each value written as format() writes it, joined with the texts split once
    # (str.format_map would scan the whole template again for every text: most of the cost of a finding's message).
    out = [head]
    for name, text in fields_then_texts:
        try:
            value = fields[name]
        except KeyError:
            out.append("{" + name + "}")  # a placeholder with no value: keep it visible
        else:
            out.append(value if type(value) is str else format(value))
        out.append(text)
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _compiled(template: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """A template split once: its text up to the first placeholder, then (placeholder name, text after it) pairs;
    None when it needs the general formatter (format specs, conversions, attribute or index access, positional or
    malformed fields).

    Risk scoring fills two templates per finding: at 100,000 grants re-parsing them was a tenth of the run."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        return None
    texts = [""]
    names: list[str] = []
    for literal, name, spec, conversion in parsed:
        texts[-1] += literal  # escaped braces ("{{") come as texts of their own, without a name
        if name is not None:
            if spec or conversion or not name.isidentifier():
                return None
            names.append(name)
            texts.append("")
    return texts[0], tuple(zip(names, texts[1:], strict=True))


@functools.lru_cache(maxsize=1024)
def _platform_only(template: str) -> bool:
    """True when a template's only placeholder (if any) is a plain {platform_name}."""
    split = _compiled(template)
    return split is not None and all(name == "platform_name" for name, _ in split[1])


def placeholders(template: str) -> set[str]:
    """Names of the {placeholders} in a template (for tests and checks)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class FindingTemplate:
    """Texts and default severity of one risk rule (resources/catalog/findings.json)."""

    rule: str
    title: str
    severity: Severity
    action: str
    messages: Mapping[str, str]
    severity_by_status: Mapping[str, Severity] = field(default_factory=dict)
    action_by_status: Mapping[str, str] = field(default_factory=dict)
    #: Filled actions that depend only on the platform name (not copied by dataclasses.replace: init=False).
    _actions: dict[tuple[str, Any], str] = field(default_factory=dict, init=False, compare=False, repr=False)

    def severity_for(self, status: str) -> Severity:
        return self.severity_by_status.get(status, self.severity)

    def action_for(self, status: str, fields: Mapping[str, Any]) -> str:
        template = self.action_by_status.get(status, self.action)
        if not _platform_only(template):
            return fill(template, fields)
        # Most actions name only the platform: the same text for every grant of a platform, filled once.
        key = (template, fields.get("platform_name"))
        text = self._actions.get(key)
        if text is None:
            if len(self._actions) >= 256:
                self._actions.clear()
            text = self._actions[key] = fill(template, fields)
        return text

    def message(self, variant: str, fields: Mapping[str, Any], count: int | None = None) -> str:
        """The message of a variant; `<variant>_one` wins when `count` is 1 and that variant exists."""
        if count == 1 and f"{variant}_one" in self.messages:
            variant = f"{variant}_one"
        template = self.messages.get(variant)
        if template is None:
            raise KeyError(f"finding rule {self.rule!r} has no message variant {variant!r}")
        return fill(template, {**fields, "count": count} if count is not None else fields)


class FindingPlan(NamedTuple):
    """Catalog.finding_plan: the shared part of a finding for one rule, grant status and platform."""

    template: FindingTemplate
    severity: Severity
    platform_name: str
    #: The action text when it depends only on the platform; None when the grant's fields fill it.
    action: str | None


@dataclass(frozen=True)
class AccessSummary:
    """What one grant can reach, resolved through the catalog."""

    permissions: tuple[Permission, ...]
    categories: tuple[Category, ...]
    unknown_keys: tuple[str, ...]
    #: Plain-language lines, most sensitive first (category labels, then one line for unknown keys).
    words: tuple[str, ...]
    #: Set when the grant lists no permissions: why nothing can be said.
    note: str | None
    highest: Sensitivity | None


def _need(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise CatalogError(f"{where}: {msg}")


def _text(d: Mapping[str, Any], key: str, where: str, required: bool = True) -> str | None:
    v = d.get(key)
    if v is None and not required:
        return None
    _need(isinstance(v, str) and bool(v.strip()), where, f"{key!r} must be a non-empty string")
    return cast(str, v)


def _sens(v: Any, where: str, required: bool = True) -> Any:
    if v is None and not required:
        return None
    _need(v in _SENSITIVITIES, where, f"sensitivity/severity must be one of {_SENSITIVITIES}, not {v!r}")
    return v


class Catalog:
    """The loaded permission catalog. Build once (Catalog.load) and pass it to whoever needs it."""

    def __init__(
        self,
        categories: Mapping[str, Category],
        texts: Mapping[str, str],
        vocabularies: Mapping[str, Vocabulary],
        findings: Mapping[str, FindingTemplate],
        platform_names: Mapping[str, str],
        language: str = "en",
    ) -> None:
        self.categories: Mapping[str, Category] = dict(categories)
        self.texts: Mapping[str, str] = dict(texts)
        self.vocabularies: Mapping[str, Vocabulary] = dict(vocabularies)
        self.findings: Mapping[str, FindingTemplate] = dict(findings)
        self.platform_names: Mapping[str, str] = dict(platform_names)
        self.language = language
        # Per-instance caches: resolving the same key thousands of times (hundreds of grants) stays cheap.
        self._chains: dict[str, tuple[Vocabulary, ...]] = {}
        self._resolved: dict[tuple[str, str], Permission] = {}
        self._entries: dict[tuple[str, str], CatalogEntry | None] = {}
        self._plans: dict[tuple[str, str, str], FindingPlan] = {}

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, path: str | Path | None = None, *, language: str | None = None) -> Catalog:
        """Read every catalog file in `path` (default: resources/catalog), plus locale/<language>.json."""
        base = Path(path) if path is not None else DEFAULT_CATALOG_DIR
        if not base.is_dir():
            raise CatalogError(f"{base}: catalog folder not found")
        docs: list[tuple[str, Any]] = []
        for p in sorted(base.glob("*.json")):
            if p.name == "schema.json":
                continue
            docs.append((p.name, _read_json(p)))
        if language:
            for lang in _language_chain(language):
                lp = base / "locale" / f"{lang}.json"
                if lp.is_file():
                    docs.append((f"locale/{lp.name}", _read_json(lp)))
        return cls.from_documents(docs, language=language or "en")

    @classmethod
    def from_documents(cls, docs: Iterable[tuple[str, Any]], *, language: str = "en") -> Catalog:
        """Build from already-decoded catalog documents as (name, data) pairs; checks the catalog rules."""
        cat_docs: list[tuple[str, Mapping[str, Any]]] = []
        voc_docs: list[tuple[str, Mapping[str, Any]]] = []
        find_docs: list[tuple[str, Mapping[str, Any]]] = []
        loc_docs: list[tuple[str, Mapping[str, Any]]] = []
        for name, data in docs:
            _need(isinstance(data, dict), name, "top level must be a JSON object")
            kind = data.get("kind")
            _need(kind in _KINDS, name, f"'kind' must be one of {_KINDS}, not {kind!r}")
            _need(data.get("version") == 1, name, "unsupported 'version' (expected 1)")
            {"categories": cat_docs, "vocabulary": voc_docs, "findings": find_docs, "locale": loc_docs}[kind].append(
                (name, data)
            )
        _need(len(cat_docs) == 1, "catalog", f"exactly one categories file expected, found {len(cat_docs)}")
        _need(len(find_docs) <= 1, "catalog", "more than one findings file")

        categories, texts = _parse_categories(*cat_docs[0])
        vocabularies: dict[str, Vocabulary] = {}
        files: dict[str, str] = {}
        for name, data in voc_docs:
            v = _parse_vocabulary(name, data, categories)
            _need(v.id not in vocabularies, name, f"vocabulary id {v.id!r} is used twice (also in {files.get(v.id)})")
            vocabularies[v.id] = v
            files[v.id] = name
        for v in vocabularies.values():
            for ext in v.extends:
                _need(ext in vocabularies, files[v.id], f"extends unknown vocabulary {ext!r}")
        findings: dict[str, FindingTemplate] = {}
        platform_names: dict[str, str] = {}
        if find_docs:
            findings, platform_names = _parse_findings(*find_docs[0])
        for name, data in loc_docs:
            categories, texts, vocabularies, findings, platform_names = _apply_locale(
                name, data, categories, texts, vocabularies, findings, platform_names
            )
        return cls(categories, texts, vocabularies, findings, platform_names, language=language)

    # ------------------------------------------------------------------ lookups

    def vocabulary_chain(self, platform: str) -> tuple[Vocabulary, ...]:
        """Vocabularies consulted for a platform, in order: its own, what they extend, then OIDC."""
        cached = self._chains.get(platform)
        if cached is not None:
            return cached
        order: list[str] = []

        def visit(vid: str) -> None:
            if vid in order or vid not in self.vocabularies:
                return
            order.append(vid)
            for ext in self.vocabularies[vid].extends:
                visit(ext)

        for vid, voc in self.vocabularies.items():
            if platform in voc.platforms or platform == vid:
                visit(vid)
        visit(FALLBACK_VOCABULARY)
        chain = tuple(self.vocabularies[v] for v in order)
        self._chains[platform] = chain
        return chain

    def entry(self, platform: str, key: str) -> CatalogEntry | None:
        """The catalog entry for a raw key (exact names across the chain first, then prefix rules)."""
        ck = (platform, key)
        if ck in self._entries:
            return self._entries[ck]
        k = key.strip() if isinstance(key, str) else ""
        found: CatalogEntry | None = None
        if k:
            chain = self.vocabulary_chain(platform)
            for voc in chain:
                found = voc.exact(k)
                if found:
                    break
            if found is None:
                for voc in chain:
                    found = voc.by_prefix(k)
                    if found:
                        break
        self._entries[ck] = found
        return found

    def resolve(self, platform: str, key: str) -> Permission:
        """A raw permission key as a Permission; unknown keys come back raw (known=False), never dropped."""
        ck = (platform, key)
        hit = self._resolved.get(ck)
        if hit is not None:
            return hit
        e = self.entry(platform, key)
        if e is None:
            unk = self.categories[UNKNOWN_CATEGORY]
            perm = Permission(
                key=key,
                category=UNKNOWN_CATEGORY,
                label=key,
                description=unk.description,
                sensitivity=UNKNOWN_SENSITIVITY,
                known=False,
            )
        else:
            cat = self.categories[e.category]
            perm = Permission(
                key=key,
                category=e.category,
                label=e.label,
                description=e.description or cat.description,
                sensitivity=e.sensitivity or cat.sensitivity,
                known=True,
            )
        self._resolved[ck] = perm
        return perm

    def permissions_for(self, grant: Grant) -> tuple[Permission, ...]:
        """The grant's permissions resolved, in the order the source gave them (duplicates removed)."""
        seen: set[str] = set()
        out: list[Permission] = []
        for k in grant.permissions:
            if k in seen:
                continue
            seen.add(k)
            out.append(self.resolve(grant.platform, k))
        return tuple(out)

    def categories_for(self, grant: Grant) -> tuple[Category, ...]:
        """Categories the grant reaches (also-categories included), most sensitive first."""
        ids: list[str] = []
        for p in self.permissions_for(grant):
            e = self.entry(grant.platform, p.key)
            for cid in (p.category, *(e.also if e else ())):
                if cid not in ids:
                    ids.append(cid)
        cats = [self.categories[c] for c in ids]
        return tuple(sorted(cats, key=lambda c: (sensitivity_rank(c.sensitivity), c.order)))

    def summary(self, grant: Grant) -> AccessSummary:
        perms = self.permissions_for(grant)
        cats = self.categories_for(grant)
        unknown = tuple(p.key for p in perms if not p.known)
        words = [c.label for c in cats if c.id != UNKNOWN_CATEGORY]
        if unknown:
            words.append(self.text("unknown_permissions", keys=self.join(unknown)))
        note = None
        if not perms:
            note = self.texts.get(f"no_permissions_recorded_{grant.platform}") or self.text("no_permissions_recorded")
        highest: Sensitivity | None = None
        if perms:
            levels: list[Sensitivity] = [p.sensitivity for p in perms]
            top: Sensitivity = min(levels, key=sensitivity_rank)
            highest = top
        return AccessSummary(perms, cats, unknown, tuple(words), note, highest)

    def plain_words(self, grant: Grant) -> tuple[str, ...]:
        """What the grant can access in plain words; when the source lists nothing, the one line saying so."""
        s = self.summary(grant)
        return s.words if s.words else ((s.note,) if s.note else ())

    def unknown_keys(self, grants: Iterable[Grant]) -> tuple[tuple[str, str], ...]:
        """(platform, key) pairs of permission keys the catalog does not know, sorted, each once."""
        out = {(g.platform, k) for g in grants for k in g.permissions if self.entry(g.platform, k) is None}
        return tuple(sorted(out))

    # ------------------------------------------------------------------ texts

    def text(self, text_id: str, **fields: Any) -> str:
        t = self.texts.get(text_id)
        if t is None:
            raise KeyError(f"catalog text {text_id!r} is missing")
        return fill(t, fields)

    def join(self, items: Sequence[str]) -> str:
        return self.texts.get("list_separator", ", ").join(items)

    def sensitivity_label(self, level: str | None) -> str:
        """The one set of words for a sensitivity level ("Very personal"), used by the window and every report."""
        return self.texts.get(f"sensitivity_{level or 'none'}") or self.texts.get("sensitivity_none") or ""

    def platform_name(self, platform: str) -> str:
        return self.platform_names.get(platform, platform)

    def finding(self, rule: str) -> FindingTemplate:
        t = self.findings.get(rule)
        if t is None:
            raise KeyError(f"no finding texts for rule {rule!r} in the catalog")
        return t

    def finding_plan(self, rule: str, status: str, platform: str) -> FindingPlan:
        """What every finding of `rule` on a grant of this status and platform shares: the texts, the severity,
        the platform's name and, when it names nothing else, the filled action (risk scoring asks per finding)."""
        key = (rule, status, platform)
        plan = self._plans.get(key)
        if plan is None:
            t = self.finding(rule)
            name = self.platform_name(platform)
            template = t.action_by_status.get(status, t.action)
            action = fill(template, {"platform_name": name}) if _platform_only(template) else None
            plan = self._plans[key] = FindingPlan(t, t.severity_for(status), name, action)
        return plan


# ---------------------------------------------------------------------- parsing helpers


def _read_json(p: Path) -> Any:
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{p.name}: cannot read catalog file ({exc})") from exc


def _language_chain(language: str) -> list[str]:
    """'pt-BR' -> ['pt', 'pt-BR'] (base first, so the regional file overrides it)."""
    parts = language.replace("_", "-").split("-")
    return ["-".join(parts[: i + 1]) for i in range(len(parts))]


def _parse_categories(name: str, data: Mapping[str, Any]) -> tuple[dict[str, Category], dict[str, str]]:
    raw: Any = data.get("categories")
    _need(isinstance(raw, dict) and bool(raw), name, "'categories' must be a non-empty object")
    cats: dict[str, Category] = {}
    for i, (cid, c) in enumerate(raw.items()):
        where = f"{name}: category {cid!r}"
        _need(isinstance(c, dict), where, "must be an object")
        cats[cid] = Category(
            id=cid,
            label=cast(str, _text(c, "label", where)),
            description=cast(str, _text(c, "description", where)),
            sensitivity=_sens(c.get("sensitivity"), where),
            order=i,
        )
    _need(UNKNOWN_CATEGORY in cats, name, f"the {UNKNOWN_CATEGORY!r} category is required")
    texts = data.get("texts", {})
    _need(isinstance(texts, dict), name, "'texts' must be an object")
    for tid in ("no_permissions_recorded", "unknown_permissions"):
        _text(texts, tid, f"{name}: texts")
    for tid, t in texts.items():
        _need(isinstance(t, str), f"{name}: texts", f"{tid!r} must be a string")
    return cats, dict(texts)


def _parse_entry(
    key: str, e: Any, vocabulary: str, where: str, categories: Mapping[str, Category], by_prefix: bool
) -> CatalogEntry:
    _need(isinstance(e, dict), where, "must be an object")
    cat = e.get("category")
    _need(cat in categories, where, f"unknown category {cat!r}")
    also = e.get("also", [])
    _need(isinstance(also, list) and all(a in categories for a in also), where, f"unknown 'also' in {also!r}")
    admin = e.get("admin_consent")
    _need(admin is None or isinstance(admin, bool), where, "'admin_consent' must be true or false")
    return CatalogEntry(
        key=key,
        vocabulary=vocabulary,
        category=cat,
        label=cast(str, _text(e, "label", where)),
        also=tuple(a for a in also if a != cat),
        description=_text(e, "description", where, required=False),
        sensitivity=_sens(e.get("sensitivity"), where, required=False),
        provider_class=e.get("provider_class"),
        admin_consent=admin,
        deprecated=e.get("deprecated"),
        note=e.get("note"),
        source=e.get("source"),
        by_prefix=by_prefix,
    )


_NO_ALSO: list[str] = []


def _entry(key: str, e: Any, vocabulary: str, categories: Mapping[str, Category]) -> CatalogEntry | None:
    """_parse_entry(..., by_prefix=False) for an entry that breaks no rule; None when it breaks one."""
    if not isinstance(e, dict):
        return None
    get = e.get
    cat = get("category")
    also = get("also", _NO_ALSO)
    label = get("label")
    description = get("description")
    sensitivity = get("sensitivity")
    admin = get("admin_consent")
    if not (
        cat in categories
        and isinstance(also, list) and all(a in categories for a in also)
        and isinstance(label, str) and label.strip()
        and (description is None or (isinstance(description, str) and description.strip()))
        and (sensitivity is None or sensitivity in _SENSITIVITIES)
        and (admin is None or isinstance(admin, bool))
    ):
        return None
    # CatalogEntry(...) without the generated __init__ of a frozen dataclass (13 fields, each set through
    # object.__setattr__): the instance dict filled in field order, the same object.
    entry: CatalogEntry = object.__new__(CatalogEntry)
    state = entry.__dict__
    state["key"] = key
    state["vocabulary"] = vocabulary
    state["category"] = cat
    state["label"] = label
    state["also"] = tuple(a for a in also if a != cat) if also else ()
    state["description"] = description
    state["sensitivity"] = sensitivity
    state["provider_class"] = get("provider_class")
    state["admin_consent"] = admin
    state["deprecated"] = get("deprecated")
    state["note"] = get("note")
    state["source"] = get("source")
    state["by_prefix"] = False
    return entry


def _parse_vocabulary(name: str, data: Mapping[str, Any], categories: Mapping[str, Category]) -> Vocabulary:
    vid = _text(data, "id", name)
    assert vid is not None
    where = f"{name} ({vid})"
    platforms: Any = data.get("platforms")
    _need(
        isinstance(platforms, list) and bool(platforms) and all(isinstance(p, str) for p in platforms),
        where,
        "'platforms' must be a non-empty list of strings",
    )
    extends = data.get("extends", [])
    _need(isinstance(extends, list) and all(isinstance(x, str) for x in extends), where, "bad 'extends'")
    match = data.get("match", {})
    _need(isinstance(match, dict), where, "'match' must be an object")
    case_sensitive = match.get("case_sensitive", True)
    prefixes = match.get("prefixes", [])
    _need(isinstance(case_sensitive, bool), where, "'match.case_sensitive' must be true or false")
    _need(isinstance(prefixes, list) and all(isinstance(p, str) and p for p in prefixes), where, "bad prefixes")
    raw: Any = data.get("permissions")
    _need(isinstance(raw, dict) and bool(raw), where, "'permissions' must be a non-empty object")
    entries: dict[str, CatalogEntry] = {}
    index: dict[str, CatalogEntry] = {}
    for key, e in raw.items():
        # Every scan loads the catalog: a well-formed entry is checked and made without building the texts of
        # errors it does not have (_parse_entry, with them, finds and names what is wrong).
        entry = _entry(key, e, vid, categories) if isinstance(key, str) and key and key == key.strip() else None
        if entry is None:
            ew = f"{where}: permission {key!r}"
            _need(isinstance(key, str) and bool(key) and key == key.strip(), ew, "key must be a trimmed string")
            entry = _parse_entry(key, e, vid, ew, categories, by_prefix=False)
        folded = key if case_sensitive else key.casefold()
        if folded in index:
            _need(False, f"{where}: permission {key!r}",
                  "duplicate key (keys are compared without case in this vocabulary)")
        entries[key] = entry
        index[folded] = entry
    rules: list[CatalogEntry] = []
    for i, r in enumerate(data.get("prefix_rules", [])):
        rw = f"{where}: prefix rule {i}"
        _need(isinstance(r, dict), rw, "must be an object")
        prefix = _text(r, "prefix", rw)
        rules.append(_parse_entry(cast(str, prefix), r, vid, rw, categories, by_prefix=True))
    sources = data.get("sources", [])
    _need(isinstance(sources, list) and bool(sources), where, "'sources' must name where the facts come from")
    return Vocabulary(
        id=vid,
        name=cast(str, _text(data, "name", where)),
        platforms=tuple(platforms),
        extends=tuple(extends),
        case_sensitive=case_sensitive,
        prefixes=tuple(prefixes),
        entries=entries,
        prefix_rules=tuple(rules),
        sources=tuple(sources),
        _index=index,
    )


def _parse_findings(name: str, data: Mapping[str, Any]) -> tuple[dict[str, FindingTemplate], dict[str, str]]:
    rules: Any = data.get("rules")
    _need(isinstance(rules, dict) and bool(rules), name, "'rules' must be a non-empty object")
    out: dict[str, FindingTemplate] = {}
    for rid, r in rules.items():
        where = f"{name}: rule {rid!r}"
        _need(isinstance(r, dict), where, "must be an object")
        messages = r.get("messages")
        _need(
            isinstance(messages, dict) and bool(messages) and all(isinstance(m, str) and m for m in messages.values()),
            where,
            "'messages' must be a non-empty object of strings",
        )
        sbs = r.get("severity_by_status", {})
        abs_ = r.get("action_by_status", {})
        _need(isinstance(sbs, dict) and all(k in _STATUSES for k in sbs), where, "bad 'severity_by_status'")
        _need(isinstance(abs_, dict) and all(k in _STATUSES for k in abs_), where, "bad 'action_by_status'")
        out[rid] = FindingTemplate(
            rule=rid,
            title=cast(str, _text(r, "title", where)),
            severity=_sens(r.get("severity"), where),
            action=cast(str, _text(r, "action", where)),
            messages=dict(messages),
            severity_by_status={k: _sens(v, where) for k, v in sbs.items()},
            action_by_status={k: cast(str, _text(abs_, k, where)) for k in abs_},
        )
    platforms = data.get("platforms", {})
    _need(isinstance(platforms, dict), name, "'platforms' must be an object")
    return out, dict(platforms)


def _apply_locale(
    name: str,
    data: Mapping[str, Any],
    categories: dict[str, Category],
    texts: dict[str, str],
    vocabularies: dict[str, Vocabulary],
    findings: dict[str, FindingTemplate],
    platform_names: dict[str, str],
) -> tuple[dict[str, Category], dict[str, str], dict[str, Vocabulary], dict[str, FindingTemplate], dict[str, str]]:
    """Replace user-facing texts by id; ids the base catalog does not have are ignored (stale translations)."""
    categories = dict(categories)
    for cid, t in (data.get("categories") or {}).items():
        if cid in categories and isinstance(t, dict):
            c = categories[cid]
            categories[cid] = replace(
                c,
                label=t.get("label") or c.label,
                description=t.get("description") or c.description,
            )
    texts = {**texts, **{k: v for k, v in (data.get("texts") or {}).items() if isinstance(v, str) and v}}
    platform_names = {
        **platform_names,
        **{k: v for k, v in (data.get("platforms") or {}).items() if isinstance(v, str) and v},
    }
    vocabularies = dict(vocabularies)
    for vid, perms in (data.get("permissions") or {}).items():
        voc = vocabularies.get(vid)
        if voc is None or not isinstance(perms, dict):
            continue
        entries = dict(voc.entries)
        for key, t in perms.items():
            if key in entries and isinstance(t, dict):
                e = entries[key]
                entries[key] = replace(
                    e, label=t.get("label") or e.label, description=t.get("description") or e.description
                )
        index = {(k if voc.case_sensitive else k.casefold()): e for k, e in entries.items()}
        vocabularies[vid] = replace(voc, entries=entries, _index=index)
    findings = dict(findings)
    for rid, t in (data.get("rules") or {}).items():
        f = findings.get(rid)
        if f is None or not isinstance(t, dict):
            continue
        findings[rid] = replace(
            f,
            title=t.get("title") or f.title,
            action=t.get("action") or f.action,
            action_by_status={**f.action_by_status, **(t.get("action_by_status") or {})},
            messages={**f.messages, **(t.get("messages") or {})},
        )
    return categories, texts, vocabularies, findings, platform_names
