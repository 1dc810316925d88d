"""Suite-wide fixtures: the strict site build (one per test session, shared by every worker) and
the browser tests' Chromium (one per worker process)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from verifydocs import browser as br
from verifydocs import once, sitecheck

ROOT = Path(__file__).resolve().parents[1]

CHROMIUM_HINT = (
    "install Debian's chromium and fonts-noto-cjk (`apt-get install chromium fonts-noto-cjk`; "
    "`bash .ci/run` does it when run as root), or set CHROMIUM=/path/to/chromium; "
    "skip these tests with `-m 'not browser'`"
)


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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """``mkdocs build --strict`` of this repository, made once per test session for every xdist
    worker (verifydocs/once.py) and read-only: a test that adds to it works on ``built_site_copy``.
    A test that changed it anyway fails this fixture's teardown, naming the files."""

    def make(site: Path) -> str | None:
        result = sitecheck.build(ROOT, site)
        return f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}" if result.returncode else None

    site, why = None, ""
    try:
        site = once.once(once.session_folder(tmp_path_factory) / "strict-site", make)
    except once.NotMade as exc:
        why = str(exc)  # MkDocs' output, the same in every worker
    if site is None:
        pytest.fail(why, pytrace=False)
    yield site
    sitecheck.assert_none(once.changes(site))


@pytest.fixture(scope="module")
def built_site_copy(built_site, tmp_path_factory):
    """A writable copy of ``built_site`` for one test module (a fraction of a second)."""
    return once.copy(built_site, tmp_path_factory.mktemp("site-copy") / "site")
