"""Workarounds of plugin behaviour that must stay, one module each, naming the plugin versions and
the behaviour they answer (see each module's docstring; tests/test_workarounds.py tests them)."""
