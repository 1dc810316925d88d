"""MkDocs hook: Jinja templates compiled once per process, the theme's and nbconvert's
(verifydocs/workarounds/template_cache.py)."""

from verifydocs.workarounds import template_cache


def on_pre_build(config):
    template_cache.install()


def on_env(env, config, files):
    env.bytecode_cache = template_cache.cache_for(env)
    return env


def on_post_build(config):
    template_cache.uninstall()


def on_build_error(error):
    template_cache.uninstall()
