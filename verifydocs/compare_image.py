"""Figure comparison with ``matplotlib.testing.compare`` (RMS on 0-255, like pytest-mpl).

Contract: ``compare(golden_png, actual_bytes, tol, results_dir) -> str | None``: ``None`` when the
figures match within ``tol``; otherwise a message listing the RMS, the tolerance and the paths of
``expected.png``, ``actual.png`` and ``actual-failed-diff.png``, left in ``results_dir``.
``load()`` imports the comparison module ahead of the first ``compare`` (safe from a thread).
"""

from __future__ import annotations

import shutil
from pathlib import Path


def load() -> None:
    """matplotlib.testing.compare runs ``gs``, ``inkscape`` and ImageMagick with ``--version`` at
    import (a worker's main thread slept 0.1-0.3 s on them where a ``convert`` is installed): the
    plugin calls this in a thread while TensorFlow imports, so no worker waits at its first figure."""
    import matplotlib.testing.compare  # noqa: F401


def compare(golden: Path, actual: bytes, tol: float, results_dir: Path) -> str | None:
    # Imported here, not with the module: pytest's controller process loads the plugin (and this
    # module) but never compares a figure; matplotlib would add ~0.5 s before the workers start.
    from matplotlib.testing.compare import compare_images
    from matplotlib.testing.exceptions import ImageComparisonFailure

    results_dir.mkdir(parents=True, exist_ok=True)
    expected_path = results_dir / "expected.png"
    actual_path = results_dir / "actual.png"
    shutil.copyfile(golden, expected_path)
    actual_path.write_bytes(actual)
    try:
        result = compare_images(str(expected_path), str(actual_path), tol, in_decorator=True)
    except ImageComparisonFailure as exc:  # different sizes
        return f"figure differs from {golden.name}: {exc}\n  expected: {expected_path}\n  actual:   {actual_path}"
    if result is None:
        shutil.rmtree(results_dir)
        return None
    return (
        f"figure differs from {golden.name}: RMS {result['rms']:.3f} > tolerance {tol}\n"
        f"  expected:   {expected_path}\n  actual:     {actual_path}\n"
        f"  difference: {result['diff']}"
    )
