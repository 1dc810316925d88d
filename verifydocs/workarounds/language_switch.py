"""Workarounds for a language switch that works under a sub-path (``/<repo>/`` on GitHub Pages), and
a 404 page in each language (Material 9.8.1 with mkdocs-static-i18n 1.3.1; hooks/language_switch.py
calls them).


* Removes the ``<link rel="alternate" hreflang="…">`` tags from every page's ``<head>``.
  mkdocs-static-i18n points them (and the selector's links) at the page's counterpart, e.g.
  ``../en/tensors/``; Material's JavaScript takes each of them for a language *root*, fetches
  ``<link>/sitemap.xml`` (``/<repo>/tensors/sitemap.xml``, ``/<repo>/en/sitemap.xml``: 404s and
  console errors on every page) and then intercepts a click on the selector to go to ``<link>``
  without its trailing slash, which only works where the host redirects. Without the tags the
  selector's links, already the right counterpart page, are followed as they are. The language
  alternates stay in ``sitemap.xml`` (``xhtml:link hreflang``), where search engines read them.
* On the 404 page, the selector leads to the home pages (static-i18n would leave the links of the
  last page it rendered there), and the page is built once per language: the default language's
  at ``/404.html`` (the one a static host serves), the others' at ``/<lang>/404.html`` (static-i18n
  would otherwise overwrite the first with the last language's).

tests/test_browser.py clicks the switch in a browser under the sub-path; removing the hook from
mkdocs.yml makes it fail (tests/test_browser_selftest.py shows it); tests/test_workarounds.py
checks each function on its own.
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.language_switch")
HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def _i18n(config):
    return config.plugins.get("i18n")


def strip_head_alternates(html: str) -> str:
    """``html`` without the ``<link rel="alternate" hreflang>`` tags of its ``<head>``."""
    head, sep, body = html.partition("</head>")
    return HEAD_ALTERNATE.sub("", head) + sep + body if sep else html


def homes_for_404(config) -> None:
    """Point the selector of the 404 page at the language homes (static-i18n leaves the links of
    the last page it rendered)."""
    i18n = _i18n(config)
    if i18n is not None and i18n.extra_alternate:
        # static-i18n sets the attribute (which templates read first), not the item.
        config.extra.alternate = copy.deepcopy(i18n.extra_alternate)
        config.extra["alternate"] = copy.deepcopy(i18n.extra_alternate)


def write_404(output: str, config) -> str:
    """The default language's 404 page is returned (MkDocs writes it at ``/404.html``); another
    language's is written to ``/<lang>/404.html`` here and ``""`` returned (MkDocs skips it)."""
    output = strip_head_alternates(output)
    i18n = _i18n(config)
    language = config.theme["language"]
    if i18n is None or language == i18n.default_language:
        return output
    target = Path(config["site_dir"]) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, "utf-8")
    log.debug("404 page for '%s' written to %s", language, target)
    return ""  # empty: MkDocs skips writing it over the default language's /404.html
