"""AppPaths: the one place that decides where config, data, cache and logs live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Grantscope"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    cache: Path
    log: Path

    @classmethod
    def default(cls) -> AppPaths:
        return cls(
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            log=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def for_base_dir(cls, base: str | Path) -> AppPaths:
        """All state under one folder (`--data-dir`, tests)."""
        b = Path(base)
        return cls(config=b / "config", data=b / "data", cache=b / "cache", log=b / "log")

    def ensure(self) -> AppPaths:
        for p in (self.config, self.data, self.cache, self.log):
            p.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def database(self) -> Path:
        return self.data / "grantscope.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"
