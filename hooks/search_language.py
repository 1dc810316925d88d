"""MkDocs hook: search answers in the reader's language
(verifydocs/workarounds/search_language.py says which plugin behaviour it answers)."""

from mkdocs.plugins import event_priority

from verifydocs.layout import Project
from verifydocs.workarounds import search_language


def _point(output: str, config) -> str:
    project = Project.from_mkdocs(config)
    i18n = config.plugins.get("i18n")
    lang = i18n.current_language if i18n else project.default_language
    prefixes = [project.prefix(other) for other in project.languages if project.prefix(other)]
    return search_language.point_worker(output, project.prefix(lang), prefixes)


@event_priority(-100)
def on_post_page(output, page, config):
    return _point(output, config)


@event_priority(-100)  # before hooks/language_switch.py (-200) writes the other languages' 404 pages
def on_post_template(output, template_name, config):
    return _point(output, config) if template_name == "404.html" else output
