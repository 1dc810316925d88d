"""Suite-wide fixtures: the browser tests' Chromium (one per worker process)."""

from __future__ import annotations

import os

import pytest

from verifydocs import browser as br

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
