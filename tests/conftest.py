"""Suite-wide pytest wiring: xdist scheduling, and the browser tests' Chromium (one per process)."""

from __future__ import annotations

import os

import pytest

from tests import browser as br

CHROMIUM_HINT = ("install Debian's chromium and fonts-noto-cjk (`apt-get install chromium fonts-noto-cjk`; "
                 "`bash .ci/run` does it when run as root), or set CHROMIUM=/path/to/chromium; "
                 "skip these tests with `-m 'not browser'`")


# Tests that each start their own Jupyter kernel: spread one by one over the workers.
_SPREAD = ("tests/test_notebooks.py::",)


def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile``, except that each notebook test is its own unit: a file's tests share one
    worker (examples and site tests reuse per-file results), but 16 notebooks in a row on one
    worker would make it finish minutes after the other."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Scheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return nodeid if nodeid.startswith(_SPREAD) else super()._split_scope(nodeid)

    return Scheduling(config, log)


@pytest.fixture(scope="session")
def chromium():
    """A running headless Chromium. Skipped where there is none; a failure in CI (CI=true)."""
    executable = br.find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - pinned in pyproject.toml
        executable, why = None, f"playwright is not installed ({exc})"
    else:
        why = "no Chromium found"
    if executable is None:
        message = f"browser tests need Chromium: {why}; {CHROMIUM_HINT}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with sync_playwright() as playwright:
        browser = br.launch(playwright, executable)
        yield browser
        browser.close()
