"""Every chapter's generated notebooks: valid in every language, with the same code cells in every
language, and executed top to bottom in one fresh Jupyter kernel per page they print and draw what
the goldens say (verifydocs.notebook_run). The languages' notebooks differ only in prose, so one
kernel run per page (the default language's notebook) judges them all. Each page's kernel is forked
from one zygote per worker that has imported what every page imports (verifydocs.kernel_zygote:
TensorFlow's import is paid once per worker, not once per page; the kernel is still fresh, proven in
test_notebooks_selftest.py). A page whose notebooks, goldens, checking code and Python environment
are all as when its run last passed is not run again, nor is the check that TensorFlow works in a
forked kernel (verifydocs/checkcache.py; ``pytest --cache-clear`` runs them all). Marked
``notebook``: deselect it locally with ``-m "not notebook"``; CI runs it."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from verifydocs import checkcache, notebook, notebook_run, settings
from verifydocs.kernel_zygote import SUPPORTED, Zygote
from verifydocs.layout import Project

ROOT = Path(__file__).resolve().parents[1]
PROJECT = Project.load(ROOT)
LANGS = (PROJECT.default_language, *(lang for lang in PROJECT.languages if lang != PROJECT.default_language))
PAGES = PROJECT.chapters(PROJECT.default_language)
CONFIG = settings.load(PROJECT.root)
# what the examples' workers import up front ([tool.snippets] preload), and NumPy and matplotlib
PRELOAD = ("numpy", "matplotlib", *CONFIG.preload)


@pytest.fixture(scope="module")
def zygote():
    if not SUPPORTED:
        yield None  # kernels started the usual way
        return
    with Zygote(PRELOAD) as z:
        yield z


CODE = checkcache.CheckingCode(ROOT, __file__)  # at collection, when this run imported it
# also at collection: the same in every worker, whatever tests it ran before its first notebook
ENVIRONMENT = checkcache.python_environment()


@pytest.fixture(scope="module")
def kept(request) -> checkcache.CheckCache:
    """The pages' passing runs of earlier test runs, keyed on the tooling and this module as this
    run loaded them, and the Python environment (checkcache.python_environment)."""
    return CODE.cache(request.config.cache, ENVIRONMENT)


def _name(lang: str, page: str) -> str:
    return f"the {lang} notebook of docs/{lang}/{page}"


@pytest.mark.notebook
@pytest.mark.parametrize("page", PAGES)
def test_notebook_runs_and_matches_goldens(page, tmp_path, kept, request):
    notebooks = {_name(lang, page): notebook.build(PROJECT, lang, page) for lang in LANGS}
    problems = notebook_run.same_code(notebooks)
    assert not problems, "\n\n".join(problems)
    name, nb = next(iter(notebooks.items()))
    goldens = notebook_run.goldens(nb, ROOT)
    made = checkcache.digest_of([notebooks, goldens])
    if kept.unchanged(f"notebook/{page}", ROOT, also=made):
        pytest.skip(checkcache.SKIPPED)
    read = kept.digests(ROOT, goldens)  # a golden rewritten during the run is not kept
    zygote = request.getfixturevalue("zygote")  # started only if a page runs
    problems = notebook_run.check(nb, PROJECT.root, tmp_path, f"{name} (same code in every language)", zygote)
    assert not problems, "\n\n".join(problems)
    kept.keep(f"notebook/{page}", ROOT, goldens, also=made, read=read)


def test_every_chapter_has_a_valid_notebook_in_every_language():
    assert {"tensors.md", "dense.md"} <= set(PAGES)
    for lang in LANGS:
        assert PROJECT.chapters(lang) == PAGES, f"docs/{lang}/ has other chapters than docs/{LANGS[0]}/"
        for page in PAGES:
            nbformat.validate(notebook.build(PROJECT, lang, page))  # raises with the offending cell


@pytest.mark.notebook
@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_tensorflow_works_in_a_forked_kernel(tmp_path, kept, request):
    """TensorFlow imported before the fork: its thread pools, tf.function, tf.data and a Keras fit
    start in the kernel and give what NumPy gives (a deadlock would end in the cell's timeout).
    Kept like a page's run: its code and the Python environment are the whole key."""
    unit, tried = "notebook/tensorflow-in-a-forked-kernel", ["verifydocs/kernel_zygote.py"]  # also in the code key
    if kept.unchanged(unit, ROOT):
        pytest.skip(checkcache.SKIPPED)
    zygote = request.getfixturevalue("zygote")
    code = """\
import sys, numpy as np, tensorflow as tf, keras
a = np.random.default_rng(0).normal(size=(300, 300)).astype("float32")
assert np.allclose(tf.function(tf.linalg.matmul)(a, a).numpy(), a @ a, rtol=1e-4, atol=1e-3)
data = tf.data.Dataset.range(64).map(lambda x: x * 2, num_parallel_calls=4).batch(8)
assert sorted(int(v) for b in data for v in b) == list(range(0, 128, 2))
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(1)])
model.compile("sgd", "mse")
history = model.fit(np.ones((32, 1)), np.ones((32, 1)), epochs=2, verbose=0)
print(len(history.history["loss"]))
tf.print("tf.print reaches the cell", output_stream=sys.stdout)  # decided at TF's import in IPython
"""
    cell = notebook_run.execute(
        nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)]), PROJECT.root, tmp_path, CONFIG, zygote
    ).cells[0]
    assert "".join(o.get("text", "") for o in cell.outputs) == "2\ntf.print reaches the cell\n", cell.outputs
    kept.keep(unit, ROOT, tried)
