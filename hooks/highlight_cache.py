"""MkDocs hook: Pygments runs once per code block per process, during builds only
(verifydocs/workarounds/highlight_cache.py)."""

from verifydocs.workarounds import highlight_cache


def on_pre_build(config):
    highlight_cache.install()


def on_post_build(config):
    highlight_cache.uninstall()


def on_build_error(error):
    highlight_cache.uninstall()
