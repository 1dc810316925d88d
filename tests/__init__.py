"""Project tests: the snippet checker (a pytest plugin) and the site-level checks."""
