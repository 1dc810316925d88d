"""The notebook checks must be able to fail: a tiny chapter (numpy and matplotlib only, so a kernel
starts in a second or two) passes, then fails when an example's output changes, when an example only
works because of state an earlier cell left (it passes alone in the snippet runner), and when a
figure changes. The built-site check (raw notebook JSON) is proven in test_site_selftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks import notebooks
from tests import notebookcheck
from tests.snippetcheck import runner
from tests.snippetcheck.config import Settings

PAGE = '''# Demo { #demo }

Some prose with a [link](glossary.md#tensor).

!!! note "A note"
    Indented body.

```python title="a.py"
--8<-- "demo/a.py"
```

```text title="Output"
--8<-- "demo/a.out"
```

## Next { #next }

```python title="b.py"
--8<-- "demo/b.py"
```

```text title="Output"
--8<-- "demo/b.out"
```

![A line](../snippets/demo/b.png)
'''
A = 'import numpy as np\n\nprint("sum:", np.add(1, 2))\n'
B = '''import matplotlib.pyplot as plt
import numpy as np

print(np.array([1 / 3, 2 / 3]))
fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([0, 1, 2], [0, 1, 4], color="tab:blue")
plt.show()
'''


def _chapter(root: Path, a: str = A, b: str = B) -> dict:
    """A one-page chapter whose goldens come from the snippet runner (each example alone)."""
    snippets = root / "snippets" / "demo"
    snippets.mkdir(parents=True, exist_ok=True)
    (root / "docs" / "en").mkdir(parents=True, exist_ok=True)
    (root / "docs" / "en" / "demo.md").write_text(PAGE, "utf-8")
    for name, code in (("a", A), ("b", B)):  # goldens of the original examples
        (snippets / f"{name}.py").write_text(code, "utf-8")
        result = runner.run(snippets / f"{name}.py", root / "snippets", Settings())
        assert result.error is None, result.error
        (snippets / f"{name}.out").write_text(result.stdout, "utf-8")
        for figure in result.figures:
            (snippets / f"{name}.png").write_bytes(figure)
    (snippets / "a.py").write_text(a, "utf-8")
    (snippets / "b.py").write_text(b, "utf-8")
    return notebooks.build_notebook(root, "en", "demo.md", "https://example.invalid/")


def _check(tmp_path: Path, **changes) -> list[str]:
    root = tmp_path / "repo"
    return notebookcheck.check(_chapter(root, **changes), root, tmp_path / "work", "demo")


def test_generated_notebook_shape(tmp_path):
    nb = _chapter(tmp_path)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["metadata"]["snippet"] for c in code] == ["demo/a.py", "demo/b.py"]
    assert code[0]["source"] == A.rstrip("\n")  # exactly the verified file: nothing runner-only
    assert [o["output_type"] for o in code[1]["outputs"]] == ["stream", "display_data"]
    prose = "\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "https://example.invalid/en/glossary/#tensor" in prose
    assert '<a id="next"></a>' in prose and "{ #" not in prose and "--8<--" not in prose
    assert "> **A note**" in prose and "!!!" not in prose


@pytest.mark.notebook
def test_unchanged_chapter_passes(tmp_path):
    assert _check(tmp_path) == []


@pytest.mark.notebook
def test_changed_output_fails(tmp_path):
    problems = _check(tmp_path, a=A.replace("np.add(1, 2)", "np.add(1, 3)"))
    assert len(problems) == 1 and "snippets/demo/a.py" in problems[0] and "output differs" in problems[0]
    assert "«4»" in problems[0]


@pytest.mark.notebook
def test_state_left_by_an_earlier_example_fails(tmp_path):
    # a.py leaves numpy's print options changed: alone (the runner resets them) b.py still passes.
    leaky = A + "np.set_printoptions(precision=2)\n"
    problems = _check(tmp_path, a=leaky)
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "output differs" in problems[0]


@pytest.mark.notebook
def test_changed_figure_fails(tmp_path):
    problems = _check(tmp_path, b=B.replace("tab:blue", "tab:red"))
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "figure differs" in problems[0]
