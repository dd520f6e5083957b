"""Report texts in the report's language (resources/report/texts/<lang>.json), English for any missing key."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

TEXTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "report" / "texts"
#: Languages the reports are written in; the first is the default and the fallback for every key.
LANGUAGES = ("en", "de", "fr", "es")


def language_code(language: str | None) -> str:
    """"de_DE", "de-AT" or "DE" → "de"; anything not shipped → "en"."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else LANGUAGES[0]


def _load(code: str) -> dict[str, str]:
    data = json.loads((TEXTS_DIR / f"{code}.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


class Texts:
    """One language's report texts: t("key", n=3) formats a text; t.n("key", count) picks the plural form."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language_code(language)
        self._texts = _load("en")
        if self.language != "en":
            self._texts = {**self._texts, **_load(self.language)}

    def __call__(self, key: str, **values: Any) -> str:
        return self._texts[key].format(**values) if values else self._texts[key]

    def n(self, key: str, count: int, **values: Any) -> str:
        """The `key.one` or `key.other` form for `count` (French counts 0 as singular), with {n} = count."""
        one = count in (0, 1) if self.language == "fr" else count == 1
        return self(f"{key}.{'one' if one else 'other'}", n=count, **values)

    def month(self, number: int) -> str:
        return self._texts[f"month.{number}"]


@lru_cache(maxsize=len(LANGUAGES))
def texts(language: str | None = None) -> Texts:
    """The (cached) texts for a language code such as "de" or a locale name such as "de_DE"."""
    return Texts(language_code(language))
