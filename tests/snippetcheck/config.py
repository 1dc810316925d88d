"""Settings of the snippet checker, read from ``[tool.snippets]`` in pyproject.toml.

Contract: ``load(rootpath)`` returns a ``Config``; ``Config.for_example(relpath)`` gives the
``Settings`` of one example, where ``relpath`` is relative to ``snippets/`` (``tensors/a.py``).
Overrides are keyed by chapter folder (``tensors``) or example (``tensors/a.py``); the more
specific key wins. Unknown keys are an error, so a typo never silently keeps the default.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - pytest depends on tomli there
    import tomli as tomllib


@dataclasses.dataclass(frozen=True)
class Settings:
    rtol: float = 1e-5
    atol: float = 1e-6
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
        raise ValueError(f"pyproject.toml [{where}]: unknown setting(s) {sorted(unknown)}; "
                         f"known: {sorted(FIELDS)}")


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
    return Config(Settings(**table), dict(overrides), preload)
