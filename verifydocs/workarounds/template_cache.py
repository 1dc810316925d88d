"""Compile each Jinja template once per process (Jinja 3.1: MkDocs 1.6 makes a new theme
Environment for every build and language, nbconvert 7.17 one for every notebook it renders, and
each compiles every template it loads again: a tenth of a build).

Contract: ``cache_for(env)`` is an in-memory ``jinja2.BytecodeCache`` shared by the environments
whose compile-time options are those of ``env`` (delimiters, extensions, async, autoescape...;
compiled code depends on them). Jinja keys its entries by template name and file and checks the
source's checksum, so an edited template (``overrides/``) is compiled again. The theme's
environment gets it in hooks/template_cache.py (``on_env``); ``install()`` lends it to every
environment nbconvert creates (``TemplateExporter._create_environment``) until ``uninstall()``.
tests/test_workarounds.py checks identical output and the recompilation of an edited template.
"""

from __future__ import annotations

import jinja2
from nbconvert.exporters.templateexporter import TemplateExporter

ORIGINAL_CREATE = TemplateExporter._create_environment
_caches: dict[str, _MemoryCache] = {}


class _MemoryCache(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.entries:
            bucket.bytecode_from_string(self.entries[bucket.key])  # resets itself on a checksum mismatch

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.entries[bucket.key] = bucket.bytecode_to_string()


def _options(env: jinja2.Environment) -> str:
    names = [
        "block_start_string",
        "block_end_string",
        "variable_start_string",
        "variable_end_string",
        "comment_start_string",
        "comment_end_string",
        "line_statement_prefix",
        "line_comment_prefix",
        "trim_blocks",
        "lstrip_blocks",
        "newline_sequence",
        "keep_trailing_newline",
        "optimized",
        "is_async",
        "autoescape",
    ]
    return repr([getattr(env, name) for name in names] + sorted(env.extensions))


def cache_for(env: jinja2.Environment) -> jinja2.BytecodeCache:
    return _caches.setdefault(_options(env), _MemoryCache())


def install() -> None:
    def create(self):
        env = ORIGINAL_CREATE(self)
        env.bytecode_cache = cache_for(env)
        return env

    TemplateExporter._create_environment = create


def uninstall() -> None:
    TemplateExporter._create_environment = ORIGINAL_CREATE
