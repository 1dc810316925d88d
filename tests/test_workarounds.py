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
