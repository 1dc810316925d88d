"""MkDocs hook: every page exists in both languages, or the (strict) build fails.

Contract: on ``pre_build``, compares the Markdown files under ``docs/zh/`` and ``docs/en/`` and
logs one warning per page that has no counterpart (``mkdocs build --strict`` turns it into an
error). mkdocs-static-i18n's fallback is off, so a missing page would otherwise 404 silently.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.i18n_parity")
LANGUAGES = ("zh", "en")


def missing_translations(docs_dir: Path) -> list[str]:
    pages = {lang: {p.relative_to(docs_dir / lang).as_posix() for p in (docs_dir / lang).rglob("*.md")}
             for lang in LANGUAGES}
    problems = []
    for lang in LANGUAGES:
        for other in LANGUAGES:
            for page in sorted(pages[lang] - pages[other]):
                problems.append(f"docs/{lang}/{page} has no translation docs/{other}/{page}")
    return problems


_reported: set[str] = set()  # static-i18n runs one build per language: warn once


def on_pre_build(config) -> None:
    for problem in missing_translations(Path(config["docs_dir"])):
        if problem not in _reported:
            _reported.add(problem)
            log.warning(problem)
