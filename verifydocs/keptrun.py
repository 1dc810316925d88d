"""pytest's side of kept results (verifydocs/checkcache.py). Loaded as a plugin for every run
(``-p verifydocs.keptrun`` in pyproject's addopts).

Contract:
- every phase's report is put on its item, ``item.reports["setup" | "call" | "teardown"]``
  (pytest's documented recipe), so that a fixture can tell, after its test, whether it passed;
- ``unless_unchanged(request, cache, unit, root, server, also="")`` is the body of a fixture (use
  ``yield from``) for a whole test that reads a site under ``root`` through ``server`` (a
  ``SiteServer``): the test is skipped with ``checkcache.SKIPPED`` if it passed in an earlier run
  with the same files, ``also`` and checking code; else it gets a ``Run`` while the server records
  every file it answers with, and is kept only if its call passed. ``Run.contains(rel, text)``
  asks whether a page contains a text (to choose what to load: the answer is then part of the
  key), ``Run.wrote(path)`` names a file the test writes (a kept test whose file is gone or
  changed runs again);
- the end of the run says how many browser pages were kept (``checkcache.summary``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from . import checkcache


class Run:
    """What a kept test read besides what the server recorded, and what it wrote."""

    def __init__(self, root: Path, files: set[str]):
        self.root, self.files, self.outputs = root, files, []

    def contains(self, rel: str, text: str) -> bool:
        """Whether the page ``rel`` contains ``text`` (to choose what to load): that answer, not
        the whole page, is part of the key (checkcache.contains)."""
        self.files.add(checkcache.contains(rel + "index.html", text))
        return text in (self.root / rel / "index.html").read_text("utf-8")

    def wrote(self, path: Path) -> Path:
        self.outputs.append(path)
        return path


def unless_unchanged(
    request, cache: checkcache.CheckCache, unit: str, root: Path, server, also: str = ""
) -> Iterator[Run]:
    if cache.unchanged(unit, root, also=also):
        pytest.skip(checkcache.SKIPPED)
    with server.recording() as files:
        run = Run(root, files)
        yield run
        server.wait_quiet()  # what its last page had asked for is its own
    call = getattr(request.node, "reports", {}).get("call")
    if call is not None and call.passed:
        cache.keep(unit, root, files, run.outputs, also=also)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.__dict__.setdefault("reports", {})[report.when] = report
    return report


def pytest_terminal_summary(terminalreporter):
    line = checkcache.summary(terminalreporter.stats.get("passed", []))
    if line:
        terminalreporter.write_line(line)
