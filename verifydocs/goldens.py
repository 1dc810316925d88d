"""Writing goldens (only under ``--update-goldens``).

Contract: ``write_goldens(example, stdout, figures, matches) -> list[Path]`` writes the example's
output and figure goldens where ``layout`` says they live (UTF-8 and LF for the output, exactly
what was printed), removes figure goldens the example no longer draws, and returns the paths it
changed. A golden that still matches within tolerance (``matches`` says so) is left untouched, so
a re-run on another CPU does not churn the last digits in version control.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .layout import existing_figures, figure_paths, golden_output


def write_goldens(
    example: Path, stdout: str, figures: list[bytes], matches: Callable[[Path, str | bytes], bool]
) -> list[Path]:
    changed = []
    out = golden_output(example)
    if not out.exists() or not matches(out, stdout):
        out.write_text(stdout, encoding="utf-8", newline="\n")
        changed.append(out)
    wanted = figure_paths(example, len(figures))
    for path in existing_figures(example):
        if path not in wanted:
            path.unlink()
            changed.append(path)
    for path, data in zip(wanted, figures, strict=True):
        if not path.exists() or not matches(path, data):
            path.write_bytes(data)
            changed.append(path)
    return changed
