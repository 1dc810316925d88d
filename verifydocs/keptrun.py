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
- a test of the tooling marked ``@pytest.mark.kept`` (opt-in, per module with ``pytestmark``) is
  skipped with ``checkcache.SKIPPED`` if it passed (setup, call and teardown) in an earlier run
  with the same tooling (``checkcache.selftest_code``), Python environment
  (``checkcache.python_environment``), names of content files (``checkcache.MANIFEST``) and
  content it read: what its module read when imported, its fixtures when set up (for whichever
  test) and itself, recorded by verifydocs/reads.py. Only for tests whose reads that sees: never
  one that drives a browser or a server over files, or runs code in a forked kernel that reads
  files; a result another worker made (``once.once``) counts as the whole repository;
- the end of the run says how many browser pages were kept (``checkcache.summary``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from . import checkcache, reads

_MODULE_READS = pytest.StashKey[set]()
_FIXTURE_READS = pytest.StashKey[dict]()  # fixturedef -> what its setup read
_KEPT = pytest.StashKey[checkcache.CheckCache]()


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


def pytest_configure(config):
    config.addinivalue_line("markers", "kept: a test of the tooling, skipped while nothing it read has changed")
    config.stash[_FIXTURE_READS] = {}
    reads.install()


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector):
    if not isinstance(collector, pytest.Module):
        return (yield)
    with reads.recording(collector.config.rootpath) as names:
        report = yield
    collector.stash[_MODULE_READS] = names
    return report


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """What a fixture shared by tests read when it was set up (a test's own fixtures are set up
    while its own reads are recorded)."""
    if fixturedef.scope == "function":
        return (yield)
    with reads.recording(request.config.rootpath) as names:
        try:
            return (yield)
        finally:
            request.config.stash[_FIXTURE_READS].setdefault(fixturedef, set()).update(names)


def pytest_collection_finish(session):
    """The kept results of the tooling's tests, keyed on the tooling and the Python environment
    as this run found them at collection (before any recording: describing the environment
    runs ``uname``)."""
    config = session.config
    if any(item.get_closest_marker("kept") for item in session.items):
        root, environment = config.rootpath, checkcache.python_environment()

        def code() -> str:  # again at each keep: nothing is kept if the tooling was edited meanwhile
            return checkcache.code_key(checkcache.selftest_code(root), environment)

        config.stash[_KEPT] = checkcache.CheckCache(config.cache, code(), current=code)


def _kept(config) -> checkcache.CheckCache:
    return config.stash[_KEPT]


def _unit(item) -> str:
    return "test/" + item.nodeid


def _read_before(item) -> set[str]:
    """What the item's module read when imported and its fixtures when set up."""
    module = item.getparent(pytest.Module)
    names = set(module.stash.get(_MODULE_READS, set())) if module else set()
    setups = item.config.stash[_FIXTURE_READS]
    for definitions in item._fixtureinfo.name2fixturedefs.values():  # (pytest has no public way)
        for definition in definitions:
            names |= setups.get(definition, set())
    return names


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if item.get_closest_marker("kept"):
        with reads.paused():  # digesting what it read before reads it again: not the test's reading
            unchanged = _kept(item.config).unchanged(_unit(item), item.config.rootpath)
        if unchanged:
            pytest.skip(checkcache.SKIPPED)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if not item.get_closest_marker("kept"):
        return (yield)
    root = item.config.rootpath
    with reads.recording(root) as names:
        result = yield
    phases = getattr(item, "reports", {})
    if set(phases) == {"setup", "call", "teardown"} and all(r.passed for r in phases.values()):
        _kept(item.config).keep(_unit(item), root, names | _read_before(item) | {checkcache.MANIFEST})
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.__dict__.setdefault("reports", {})[report.when] = report
    return report


def pytest_terminal_summary(terminalreporter):
    line = checkcache.summary(terminalreporter.stats.get("passed", []))
    if line:
        terminalreporter.write_line(line)
