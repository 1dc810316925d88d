"""Each plugin workaround (verifydocs/workarounds/) does what it says, and only that."""

from __future__ import annotations

import markdown
from pymdownx import highlight

from verifydocs.workarounds import highlight_cache, language_switch

SOURCE = '```python title="x.py"\nimport numpy as np\nprint(np.ones(3))\n```\n\n```text\nplain\n```\n'
EXTENSIONS = ["pymdownx.superfences", "pymdownx.highlight"]


def _render() -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(SOURCE)


def test_highlight_cache_gives_the_same_html_and_is_scoped_to_a_build():
    before = _render()
    highlight_cache.install()
    try:
        assert highlight.Highlight.highlight is not highlight_cache.ORIGINAL
        first, second = _render(), _render()  # a miss, then a hit
    finally:
        highlight_cache.uninstall()
    assert first == second == before
    assert highlight.Highlight.highlight is highlight_cache.ORIGINAL


def test_head_alternates_are_stripped_and_the_selector_kept():
    html = (
        '<html><head><link rel="alternate" href="../en/tensors/" hreflang="en">\n<title>t</title></head>'
        '<body><a href="../en/tensors/" hreflang="en">English</a></body></html>'
    )
    out = language_switch.strip_head_alternates(html)
    assert 'rel="alternate"' not in out and '<a href="../en/tensors/" hreflang="en">English</a>' in out


GROUPED = """import os
import pytest

pytestmark = pytest.mark.xdist_group("one")


@pytest.fixture(scope="module")
def costly():
    with open("setups.txt", "a") as f:
        f.write(os.environ["PYTEST_XDIST_WORKER"] + "\\n")


@pytest.mark.parametrize("i", range(8))
def test_grouped(costly, i):
    pass
"""


def test_xdist_group_keeps_a_module_on_one_worker(tmp_path):
    """A module whose tests share an xdist_group and a module fixture, on two workers with
    ``--dist loadgroup``: one worker runs them all, the fixture is set up once."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[1])  # this checkout's verifydocs, not an installed one
    (tmp_path / "test_grouped.py").write_text(GROUPED, "utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", "utf-8")
    run = [sys.executable, "-m", "pytest", "-p", "verifydocs.plugin", "-p", "no:randomly"]
    proc = subprocess.run(
        [*run, "-p", "no:cacheprovider", "-n", "2", "--dist", "loadgroup", "-v", "test_grouped.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))},
    )
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert (tmp_path / "setups.txt").read_text().split() in (["gw0"], ["gw1"]), proc.stdout[-2000:]
    assert "test_grouped.py::test_grouped[0]@one" in proc.stdout, proc.stdout[-2000:]
