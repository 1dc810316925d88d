"""MkDocs hook: every page exists in every language, or the (strict) build fails
(mkdocs-static-i18n's fallback is off, so a missing page would otherwise 404 silently)."""

import logging

from verifydocs.layout import Project

log = logging.getLogger("mkdocs.hooks.i18n_parity")
_reported: set[str] = set()  # static-i18n runs one build per language: warn once


def on_pre_build(config) -> None:
    for problem in Project.from_mkdocs(config).missing_translations():
        if problem not in _reported:
            _reported.add(problem)
            log.warning(problem)
