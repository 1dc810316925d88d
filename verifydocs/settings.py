"""Settings of the example checks, read from ``[tool.snippets]`` in pyproject.toml.

Contract: ``load(rootpath)`` returns a ``Config``; ``Config.for_example(relpath)`` gives the
``Settings`` of one example, where ``relpath`` is relative to ``snippets/`` (``tensors/a.py``).
Overrides are keyed by chapter folder (``tensors``) or example (``tensors/a.py``); the more
specific key wins. An unknown setting, and an override whose key names no chapter folder or
example, raise ``ValueError``: a typo never silently keeps the default.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

from .layout import SNIPPETS, is_example


@dataclasses.dataclass(frozen=True)
class Settings:
    rtol: float = 1e-5
    atol: float = 0.0
    image_tol: float = 2.0
    timeout: float = 60.0
    dpi: int = 100


FIELDS = {f.name for f in dataclasses.fields(Settings)}


@dataclasses.dataclass(frozen=True)
class Config:
    defaults: Settings
    overrides: dict[str, dict]
    preload: tuple[str, ...]

    def for_example(self, relpath: str) -> Settings:
        chapter = relpath.split("/", 1)[0]
        merged = {}
        for key in (chapter, relpath):
            merged.update(self.overrides.get(key, {}))
        return dataclasses.replace(self.defaults, **merged)


def _check_keys(where: str, table: dict) -> None:
    unknown = set(table) - FIELDS
    if unknown:
        raise ValueError(f"pyproject.toml [{where}]: unknown setting(s) {sorted(unknown)}; known: {sorted(FIELDS)}")


def load(rootpath: Path) -> Config:
    pyproject = rootpath / "pyproject.toml"
    table = {}
    if pyproject.is_file():
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("snippets", {})
    table = dict(table)
    overrides = table.pop("overrides", {})
    preload = tuple(table.pop("preload", ("tensorflow", "keras")))
    _check_keys("tool.snippets", table)
    for key, value in overrides.items():
        _check_keys(f"tool.snippets.overrides.{key!r}", value)
        target = rootpath / SNIPPETS / key
        if not (target.is_dir() if "/" not in key else is_example(target, rootpath / SNIPPETS) and target.is_file()):
            raise ValueError(
                f"pyproject.toml [tool.snippets.overrides]: {key!r} is neither a chapter folder "
                f"nor an example under {SNIPPETS}/ (e.g. 'tensors' or 'tensors/constants.py')"
            )
    return Config(Settings(**table), dict(overrides), preload)
