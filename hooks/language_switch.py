"""MkDocs hook: the language switch works under a sub-path, and each language has its 404 page
(verifydocs/workarounds/language_switch.py says what each step answers)."""

from mkdocs.plugins import event_priority

from verifydocs.workarounds import language_switch


@event_priority(-200)  # after static-i18n and Material
def on_post_page(output, page, config):
    return language_switch.strip_head_alternates(output)


@event_priority(-200)  # after static-i18n (50), which leaves the last page's alternates
def on_template_context(context, template_name, config):
    if template_name == "404.html":
        language_switch.homes_for_404(config)
    return context


@event_priority(-200)
def on_post_template(output, template_name, config):
    return language_switch.write_404(output, config) if template_name == "404.html" else output
