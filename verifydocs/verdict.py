"""The one pass/fail verdict on what an example printed and drew, free of any test framework.

Contract: ``check(example, stdout, figures, settings, *, root, results_dir) -> list[str]`` compares
one run of ``example`` (its printed text and its figures as PNG bytes) with the example's goldens
(``layout``) and returns the problems, ``[]`` when it passes. The pytest items (``plugin``) and the
notebook check (``notebook_run``) both call it, or the three parts it is made of:

- ``output_problem``: terminal control characters in the output (a progress bar a page cannot
  show), a missing ``.out``, or text that differs beyond ``settings.rtol``/``settings.atol``
  (``compare_text``; the report is a diff numbered in the ``.out`` file);
- ``figure_count_problem``: a different number of figures than golden figures;
- ``figure_problem``: one figure against its golden (``compare_image``; the images are left in
  ``results_dir`` when they differ).

Problems name the golden file relative to ``root``; callers add where the run happened and the
command that accepts a change.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import compare_image, compare_text
from .layout import existing_figures, golden_output
from .settings import Settings

CONTROL_CHARS = re.compile(r"[\r\b\x1b]")


def output_problem(example: Path, stdout: str, settings: Settings, root: Path) -> str | None:
    if CONTROL_CHARS.search(stdout):
        return (
            "the output contains terminal control characters (\\r, \\b or ANSI codes), which would "
            "show as garbage on the page; a Keras progress bar? use fit(..., verbose=2) or 0"
        )
    golden = golden_output(example)
    if not golden.exists():
        return f"no golden output {golden.name} yet"
    diff = compare_text.compare(golden.read_text(encoding="utf-8"), stdout, settings.rtol, settings.atol)
    if diff.ok:
        return None
    return f"output differs from {golden.name} (rtol={settings.rtol:g}, atol={settings.atol:g})\n" + diff.report(
        golden.relative_to(root).as_posix()
    )


def figure_count_problem(example: Path, figures: list[bytes]) -> str | None:
    goldens = existing_figures(example)
    if len(figures) == len(goldens):
        return None
    return f"the example drew {len(figures)} figure(s) but {len(goldens)} golden figure(s) exist"


def figure_problem(golden: Path, actual: bytes, settings: Settings, results_dir: Path) -> str | None:
    return compare_image.compare(golden, actual, settings.image_tol, results_dir)


def check(
    example: Path, stdout: str, figures: list[bytes], settings: Settings, *, root: Path, results_dir: Path
) -> list[str]:
    problems = [
        p for p in (output_problem(example, stdout, settings, root), figure_count_problem(example, figures)) if p
    ]
    if not any(p.startswith("the example drew") for p in problems):
        for golden, actual in zip(existing_figures(example), figures, strict=True):
            problem = figure_problem(golden, actual, settings, results_dir / golden.stem)
            if problem:
                problems.append(problem)
    return problems
