"""Writing goldens (only under ``--update-goldens``).

Contract: ``write_goldens(example, stdout, figures, check) -> list[Path]`` writes ``<name>.out``
(UTF-8, LF, exactly what was printed) and ``<name>.png`` or ``<name>-1.png``, ``<name>-2.png``, …
next to the example, removes figure goldens the example no longer draws, and returns the paths it
changed. A golden that still matches within tolerance (``check`` says so) is left untouched, so a
re-run on another CPU does not churn the last digits in version control.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def figure_paths(example: Path, count: int) -> list[Path]:
    if count == 1:
        return [example.with_suffix(".png")]
    return [example.with_name(f"{example.stem}-{i}.png") for i in range(1, count + 1)]


def existing_figures(example: Path) -> list[Path]:
    single = example.with_suffix(".png")
    numbered = sorted((p for p in example.parent.glob(f"{example.stem}-[0-9]*.png")
                       if p.stem.rsplit("-", 1)[1].isdecimal()),  # not conv-2d.png of conv-2d.py
                      key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return ([single] if single.exists() else []) + numbered


def write_goldens(example: Path, stdout: str, figures: list[bytes],
                  matches: Callable[[Path, str | bytes], bool]) -> list[Path]:
    changed = []
    out = example.with_suffix(".out")
    if not out.exists() or not matches(out, stdout):
        out.write_text(stdout, encoding="utf-8", newline="\n")
        changed.append(out)
    wanted = figure_paths(example, len(figures))
    for path in existing_figures(example):
        if path not in wanted:
            path.unlink()
            changed.append(path)
    for path, data in zip(wanted, figures):
        if not path.exists() or not matches(path, data):
            path.write_bytes(data)
            changed.append(path)
    return changed
