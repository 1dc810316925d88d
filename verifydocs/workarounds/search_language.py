"""Search answers in the reader's language (mkdocs-static-i18n 1.3.1 with Material 9.8.1;
hooks/search_language.py calls it).

The behaviour it answers: static-i18n builds one language after the other and, after the last,
puts the search entries of *every* language into the one index Material's search plugin writes,
``search/search_index.json`` at the site root (``reconfigure_search`` only adds the languages to
lunr and drops default-language duplicates; there is no per-language index to switch on). Every
page, in either language, loads that index (``new URL("search/search_index.json", config.base)``
in Material's bundle, ``config.base`` being the site root), so on the English site ``softmax``
listed the Chinese page first and on the Chinese site ``Dense`` the English one. No setting of
either plugin changes this (static-i18n's maintainer: "it's not possible to have a search bar
contextualized only to the current language", ultrabug/mkdocs-static-i18n#271).

The fix keeps the one index and gives Material's search worker only the reader's documents:

* ``assets/javascripts/workers/search-language.js`` (docs/) is a worker that filters the index
  it is sent (the worker's SETUP message) down to the documents whose location is in the
  reader's language, then runs Material's own worker (``importScripts``), unchanged;
* ``point_worker`` makes each page start that worker instead of Material's: it rewrites the
  ``search`` entry of the page's ``__config`` JSON (Material reads it once, when its bundle
  loads), passing Material's worker file, the reader's language prefix and every language prefix.

tests/test_browser.py searches a table of Chinese and English queries on both sites (the first
result must be a page of the reader's language); tests/test_browser_selftest.py shows the mixed
results of a build without the hook.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode

from jinja2.utils import htmlsafe_json_dumps

WORKER = "search-language.js"
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def point_worker(html: str, home: str, prefixes: list[str]) -> str:
    """``html`` with Material's search worker replaced by WORKER, which keeps the documents whose
    location starts with ``home`` (``""`` for the default language, ``"en/"``) and not with another
    of ``prefixes`` (the non-empty prefixes of all languages). Unchanged if the page has no
    search, or already points at WORKER."""
    match = CONFIG.search(html)
    if not match:
        return html
    config = json.loads(match.group(2))
    worker = config.get("search")
    if not worker or WORKER in worker:
        return html
    folder, _, name = worker.rpartition("/")
    query = urlencode({"worker": name, "home": home, "prefixes": ",".join(sorted(prefixes))})
    config["search"] = f"{folder}/{WORKER}?{query}" if folder else f"{WORKER}?{query}"
    # as Material's template writes it (Jinja's tojson): safe inside <script>
    return html[: match.start(2)] + str(htmlsafe_json_dumps(config)) + html[match.end(2) :]
