"""One settings object: defaults from the shipped ``data/settings.toml``, overrides on top."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Settings:
    db: str = "eventwire.db"
    workers: int = 0
    batch_size: int = 8
    quiet: bool = False
    allow_private: bool = False
    max_bytes: int = 10_000_000
    max_file_bytes: int = 20_000_000
    http_timeout: float = 20.0
    max_redirects: int = 5
    article_stages: list[str] = field(default_factory=list)
    corpus_stages: list[str] = field(default_factory=list)
    user_actors: str = ""
    dask: str = ""
    worker_start: str = "forkserver"

    @property
    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


def _defaults() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data/settings.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_settings(**overrides: Any) -> Settings:
    """Defaults from the shipped file, then ``overrides`` (``None`` values are ignored)."""
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in _defaults().items() if k in known}
    settings = Settings(**values)
    changes = {k: v for k, v in overrides.items() if v is not None}
    unknown = set(changes) - known
    if unknown:
        raise TypeError(f"unknown settings: {sorted(unknown)}")
    return replace(settings, **changes)
