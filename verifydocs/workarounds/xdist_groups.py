"""``--dist loadgroup`` on pytest 9.2 with pytest-xdist 3.8: keep each ``xdist_group`` on one worker.

xdist's worker names an item's group by appending ``@<group>`` to its node id (the controller
schedules by that suffix), and does it by assigning ``item._nodeid``. pytest 9.2 derives
``item.nodeid`` from ``item._id`` instead, so the assignment is silently lost
(pytest-dev/pytest-xdist#1386): every group is spread test by test, and a module's fixtures (a
site build, the browser tour of every page) are paid once per worker.

Contract: ``apply`` gives every item that carries ``xdist_group`` marks the id xdist means it to
have (``<nodeid>@<names joined by _ in sorted order>``), when ``--dist loadgroup`` is on and
xdist's own suffix did not take; otherwise it changes nothing (older pytest, or a fixed xdist).
Called by verifydocs/plugin.py after xdist's hook; tests/test_workarounds.py runs a grouped
module on two workers and expects one.
"""

from __future__ import annotations


def group(item) -> str | None:
    """The group xdist derives from the item's ``xdist_group`` marks, or None."""
    names = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
    return "_".join(sorted(names)) or None


def apply(config, items) -> None:
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        name = group(item)
        if name and not item.nodeid.endswith(f"@{name}") and hasattr(item, "_id"):
            from _pytest.nodeid import coerce_node_id  # pytest >= 9.2, where the suffix is lost

            item._id = coerce_node_id(f"{item.nodeid}@{name}")
