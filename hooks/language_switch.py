"""MkDocs hook: a language switch that works under a sub-path (``/<repo>/`` on GitHub Pages), and a
404 page in each language.

Contract:

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

tests/test_browser.py clicks the switch in a browser under the sub-path; removing this hook from
mkdocs.yml makes it fail (tests/test_browser_selftest.py shows it).
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.language_switch")
HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def _i18n(config):
    return config.plugins.get("i18n")


def _strip(html: str) -> str:
    head, sep, body = html.partition("</head>")
    return HEAD_ALTERNATE.sub("", head) + sep + body if sep else html


@event_priority(-200)  # after static-i18n and Material
def on_post_page(output: str, page, config) -> str:
    return _strip(output)


@event_priority(-200)  # after static-i18n (50), which leaves the last page's alternates
def on_template_context(context, template_name: str, config):
    i18n = _i18n(config)
    if template_name == "404.html" and i18n is not None and i18n.extra_alternate:
        # The language homes. static-i18n sets the attribute (which templates read first), not the item.
        config.extra.alternate = copy.deepcopy(i18n.extra_alternate)
        config.extra["alternate"] = copy.deepcopy(i18n.extra_alternate)
    return context


@event_priority(-200)
def on_post_template(output: str, template_name: str, config) -> str:
    if template_name != "404.html":
        return output
    output = _strip(output)
    i18n = _i18n(config)
    language = config.theme["language"]
    if i18n is None or language == i18n.default_language:
        return output
    target = Path(config["site_dir"]) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, "utf-8")
    log.debug("404 page for '%s' written to %s", language, target)
    return ""  # empty: MkDocs skips writing it over the default language's /404.html
