"""The notebook checks must be able to fail: a tiny chapter (tests/fixtures/notebook_chapter: numpy
and matplotlib only, so a kernel starts in a second or two) passes, then fails when an example's
output changes, when an example only works because of state an earlier cell left (it passes alone
in the snippet runner), and when a figure changes; the languages' notebooks of a page must hold the
same code (one kernel run judges them all), so a differing or missing code cell fails without a
kernel. The built-site check (raw notebook JSON) is
proven in test_site_selftest.py.

The kernels are forked from a zygote (verifydocs.kernel_zygote), as in test_notebooks.py: a forked
kernel must be indistinguishable from a freshly started one (namespace, sys.path, argv, environment,
the guarded global state, a random state of its own), also after a page that leaked state ran in a
sibling; a kernel listens on Unix sockets of its own, not TCP ports; a kernel that dies is reported
and reaped; a closed zygote, or one whose pytest worker died, leaves no process behind; a kernel
wanted in another environment is refused."""

from __future__ import annotations

import copy
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from nbclient.exceptions import DeadKernelError

from verifydocs import notebook, notebook_run, runner
from verifydocs import settings as settings_mod
from verifydocs.kernel_zygote import SUPPORTED, Zygote
from verifydocs.layout import Project
from verifydocs.settings import Settings

REPO = str(Path(__file__).resolve().parents[1])
pytestmark = pytest.mark.kept  # skipped while nothing it reads has changed (verifydocs/keptrun.py)

FIXTURE = Path(__file__).parent / "fixtures" / "notebook_chapter"
A = (FIXTURE / "snippets/demo/a.py").read_text("utf-8")
B = (FIXTURE / "snippets/demo/b.py").read_text("utf-8")


def _chapter(root: Path, a: str = A, b: str = B) -> nbformat.NotebookNode:
    """The fixture chapter at ``root`` with goldens from the snippet runner (each example alone),
    then ``a.py`` and ``b.py`` replaced by ``a`` and ``b``."""
    shutil.copytree(FIXTURE, root)
    snippets = root / "snippets" / "demo"
    for name in ("a", "b"):
        result = runner.run(snippets / f"{name}.py", root / "snippets", Settings())
        assert result.error is None, result.error
        (snippets / f"{name}.out").write_text(result.stdout, "utf-8")
        for figure in result.figures:
            (snippets / f"{name}.png").write_bytes(figure)
    (snippets / "a.py").write_text(a, "utf-8")
    (snippets / "b.py").write_text(b, "utf-8")
    return notebook.build(Project(root, ("en",), "en", "https://example.invalid/"), "en", "demo.md")


@pytest.fixture(scope="module")
def zygote():
    if not SUPPORTED:
        yield None  # kernels started the usual way
        return
    # numpy.random as TensorFlow imports it: its global state must not be inherited by the kernels
    with Zygote(("numpy", "numpy.random", "matplotlib")) as z:
        yield z


def _check(tmp_path: Path, zygote: Zygote | None, **changes) -> list[str]:
    root = tmp_path / "repo"
    return notebook_run.check(_chapter(root, **changes), root, tmp_path / "work", "demo", zygote)


def test_generated_notebook_shape(tmp_path):
    nb = _chapter(tmp_path / "repo")
    nbformat.validate(nb)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert [c["metadata"]["snippet"] for c in code] == ["demo/a.py", "demo/b.py"]
    assert code[0]["source"] == A.rstrip("\n")  # exactly the verified file: nothing runner-only
    assert [o["output_type"] for o in code[1]["outputs"]] == ["stream", "display_data"]
    prose = "\n".join(c["source"] for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "https://example.invalid/glossary/#tensor" in prose
    assert '<a id="next"></a>' in prose and "{ #" not in prose and "--8<--" not in prose
    assert "> **A note**" in prose and "!!!" not in prose
    assert "*Figure 1: a parabola.*" in prose and "/// caption" not in prose


@pytest.mark.notebook
def test_unchanged_chapter_passes(tmp_path, zygote):
    assert _check(tmp_path, zygote) == []


@pytest.mark.notebook
def test_changed_output_fails(tmp_path, zygote):
    problems = _check(tmp_path, zygote, a=A.replace("np.add(1, 2)", "np.add(1, 3)"))
    assert len(problems) == 1 and "snippets/demo/a.py" in problems[0] and "output differs" in problems[0]
    assert "«4»" in problems[0]


@pytest.mark.notebook
def test_state_left_by_an_earlier_example_fails(tmp_path, zygote):
    # a.py leaves numpy's print options changed: alone (the runner resets them) b.py still passes.
    leaky = A + "np.set_printoptions(precision=2)\n"
    problems = _check(tmp_path, zygote, a=leaky)
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "output differs" in problems[0]


@pytest.mark.notebook
def test_changed_figure_fails(tmp_path, zygote):
    problems = _check(tmp_path, zygote, b=B.replace("tab:blue", "tab:red"))
    assert len(problems) == 1 and "snippets/demo/b.py" in problems[0] and "figure differs" in problems[0]


def test_goldens_are_every_file_a_run_is_compared_with(tmp_path):
    """What a kept notebook result depends on (tests/test_notebooks.py keeps passing runs)."""
    root = tmp_path / "repo"
    nb = _chapter(root)
    assert notebook_run.goldens(nb, root) == ["snippets/demo/a.out", "snippets/demo/b.out", "snippets/demo/b.png"]
    (root / "snippets/demo/b.png").rename(root / "snippets/demo/b-1.png")
    (root / "snippets/demo/b-2.png").write_bytes(b"png")
    assert notebook_run.goldens(nb, root)[-2:] == ["snippets/demo/b-1.png", "snippets/demo/b-2.png"]


def test_same_code_in_every_language(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    for cell in en["cells"]:
        if cell["cell_type"] == "markdown":
            cell["source"] = "Prose in another language"
    assert notebook_run.same_code({"zh": zh, "en": en}) == []


def test_differing_code_cell_fails(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    code = [c for c in en["cells"] if c["cell_type"] == "code"]
    code[1]["source"] = code[1]["source"].replace("tab:blue", "tab:red")
    problems = notebook_run.same_code({"zh": zh, "en": en})
    assert len(problems) == 1, problems
    assert problems[0].startswith("en, code cell [2] (snippets/demo/b.py) differs from zh's (snippets/demo/b.py)")
    assert "tab:red" in problems[0] and "tab:blue" in problems[0] and "same order" in problems[0]


def test_missing_code_cell_fails(tmp_path):
    zh = _chapter(tmp_path / "repo")
    en = copy.deepcopy(zh)
    en["cells"] = [c for c in en["cells"] if c.get("metadata", {}).get("snippet") != "demo/b.py"]
    assert notebook_run.same_code({"zh": zh, "en": en}) == [
        "en has 1 code cells, zh 2: both pages must include the same examples in the same order "
        "(see test_site's test_same_snippets_in_same_order)"
    ]


def test_cached_notebook_is_rebuilt_exactly_when_a_file_it_read_changes(tmp_path, monkeypatch):
    nb = _chapter(tmp_path / "repo")
    project = Project(tmp_path / "repo", ("en",), "en", "https://example.invalid/")
    assert notebook.dumps_cached(project, "en", "demo.md") == notebook.dumps(nb)
    builds = []
    build = notebook.build
    monkeypatch.setattr(notebook, "build", lambda *args: builds.append(args) or build(*args))
    (project.snippets / "demo" / "unrelated.txt").write_text("x", "utf-8")
    os.utime(project.snippets / "demo" / "a.out")  # touched, same content
    notebook.dumps_cached(project, "en", "demo.md")
    assert builds == []
    (project.snippets / "demo" / "a.out").write_text("changed\n", "utf-8")
    notebook.dumps_cached(project, "en", "demo.md")
    assert len(builds) == 1
    (project.snippets / "demo" / "b.png").write_bytes(b"another figure")  # figures are read too
    notebook.dumps_cached(project, "en", "demo.md")
    assert len(builds) == 2


def test_cached_notebook_outlives_the_process_in_its_directory(tmp_path, monkeypatch):
    nb = _chapter(tmp_path / "repo")
    project = Project(tmp_path / "repo", ("en",), "en", "https://example.invalid/")
    assert notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache") == notebook.dumps(nb)
    monkeypatch.setattr(notebook, "_notebooks_memo", {})  # a new process
    monkeypatch.setattr(notebook, "build", lambda *args: pytest.fail("built again"))
    assert notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache") == notebook.dumps(nb)
    (project.snippets / "demo" / "a.out").write_text("changed\n", "utf-8")
    monkeypatch.setattr(notebook, "_notebooks_memo", {})
    with pytest.raises(pytest.fail.Exception, match="built again"):
        notebook.dumps_cached(project, "en", "demo.md", tmp_path / "cache")


# What a kernel sees of itself, and the guarded state (verifydocs.state) once the libraries are used.
PROBE = f"""\
import json, os, sys
sys.path.insert(0, {REPO!r})
from verifydocs import state
del sys.path[0]
import numpy as np, matplotlib.pyplot as plt
plt.figure()
seen = {{
    "names": sorted(k for k in get_ipython().user_ns if k != "_" and k not in get_ipython().user_ns_hidden),
    "argv": sys.argv, "path": sys.path, "cwd": os.getcwd(), "parent": os.environ.get("JPY_PARENT_PID"),
    "state": {{k: repr(v) for k, v in state.snapshot().items()}},
    "backend": plt.get_backend(), "random": np.random.rand(),
}}
print(json.dumps(seen))
"""
LEAKY = """\
import os, numpy as np, matplotlib.pyplot as plt
np.set_printoptions(precision=2); plt.rcParams["lines.linewidth"] = 9; os.environ["LEAKED"] = "1"
x = 1
"""


def _run(code: str, workdir: Path, zygote: Zygote | None) -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    cell = notebook_run.execute(nb, FIXTURE, workdir, settings_mod.load(FIXTURE), zygote).cells[0]
    assert not [o for o in cell.outputs if o.get("output_type") == "error"], cell.outputs
    return "".join(o.get("text", "") for o in cell.outputs if o.get("name") == "stdout")


def _seen(workdir: Path, zygote: Zygote | None) -> dict:
    seen = json.loads(_run(PROBE, workdir, zygote).replace(str(workdir), "WORKDIR"))
    seen["argv"][2] = "CONNECTION FILE"
    return seen


@pytest.mark.notebook
@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_forked_kernel_is_fresh_even_after_a_leaky_sibling(tmp_path, zygote):
    _run(LEAKY, tmp_path / "leaky", zygote)  # a page that leaves everything changed, in a sibling
    forked = [_seen(tmp_path / f"forked{i}", zygote) for i in (1, 2)]
    fresh = _seen(tmp_path / "fresh", None)
    assert len({seen.pop("random") for seen in (*forked, fresh)}) == 3, "kernels share numpy's random state"
    assert fresh["names"] == ["json", "np", "os", "plt", "state", "sys"], fresh["names"]  # `seen` not yet
    assert fresh["parent"] == str(os.getpid()) and REPO not in fresh["path"]
    assert forked[0] == fresh, (forked[0], fresh)
    assert forked[1] == fresh


CONNECTION = """\
import json, ipykernel.connect
info = json.load(open(ipykernel.connect.get_connection_file()))
print(json.dumps({"transport": info["transport"], "ip": info["ip"], "file": ipykernel.connect.get_connection_file()}))
"""


@pytest.mark.notebook
@pytest.mark.skipif(not notebook_run.UNIX_SOCKETS, reason="no Unix sockets for ZeroMQ on Windows")
@pytest.mark.parametrize("forked", [True, False], ids=["forked", "fresh"])
def test_kernel_listens_on_unix_sockets_of_its_own(tmp_path, zygote, forked):
    """Not on TCP ports, which another process can take between jupyter_client finding one free and
    the kernel binding it (a kernel of CI's other worker died so: "Address already in use")."""
    seen = json.loads(_run(CONNECTION, tmp_path, zygote if forked else None))
    sockets = Path(seen["file"]).parent
    assert seen["transport"] == "ipc" and Path(seen["ip"]).parent == sockets, seen
    assert not sockets.is_relative_to(tmp_path) and not sockets.is_relative_to(REPO), seen  # not the cwd
    assert not sockets.exists(), f"{sockets} left behind"


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@pytest.mark.notebook
@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_kernel_that_dies_is_reported_and_reaped(tmp_path, zygote):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import os, signal\nos.kill(os.getpid(), 9)")])
    with pytest.raises(DeadKernelError, match="Kernel died"):
        notebook_run.execute(nb, FIXTURE, tmp_path, settings_mod.load(FIXTURE), zygote)
    assert zygote.pid is not None and _children(zygote.pid) == []


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] in "ZX"  # exited, not yet reaped
    except FileNotFoundError:
        return True


def _all_gone(*pids: int) -> bool:
    deadline = time.monotonic() + 15
    while not all(_gone(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return all(_gone(p) for p in pids)


# a process holding a zygote with one idle kernel: prints both pids, then waits to be killed
HOLDER = """\
import os, sys, time
sys.path.insert(0, {repo!r})
from verifydocs.kernel_zygote import SUPPORTED, Zygote
z = Zygote(())
kernel = z.fork(["-f", {conn!r}], dict(os.environ), {cwd!r})
print(z.pid, kernel.pid, flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_no_process_outlives_its_zygote_or_a_killed_worker(tmp_path):
    with Zygote(()) as z:
        kernel = z.fork(["-f", str(tmp_path / "k1.json")], dict(os.environ), str(tmp_path))
        zygote_pid = z.pid
        assert zygote_pid is not None and _children(zygote_pid) == [kernel.pid]
    assert _all_gone(zygote_pid, kernel.pid), "closing the zygote left a process"
    code = HOLDER.format(repo=REPO, conn=str(tmp_path / "k2.json"), cwd=str(tmp_path))
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        pids = [int(p) for p in holder.stdout.readline().split()]
        assert len(pids) == 2 and not any(_gone(p) for p in pids)
    finally:
        holder.kill()  # as pytest-timeout or the OOM killer ends a worker: no cleanup runs
        holder.wait()
    assert _all_gone(*pids), "a zygote or its kernel outlived the process that started it"


# a zygote's forked child, given the pid of its zygote, as zygote_server runs it after the fork
CHILD = """\
import os, socket, sys
sys.path.insert(0, {repo!r})
from verifydocs import zygote_server
request = {{"argv": ["--version"], "env": dict(os.environ), "cwd": {cwd!r}}}
zygote_server._kernel(socket.socketpair()[0], [os.dup(1), os.dup(2)], request, zygote={zygote})
"""


@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
@pytest.mark.parametrize("alive", [True, False], ids=["zygote-alive", "zygote-died-first"])
def test_kernel_whose_zygote_died_before_it_ran_exits(tmp_path, alive):
    """A forked child may run only after its zygote died and another process adopted it: it must
    see that its parent is no longer the zygote and exit, not start a kernel nobody will stop (seen
    under load: a kernel outlived its killed worker)."""
    zygote = os.getpid() if alive else -1  # the child's parent is this process; no process has -1
    code = CHILD.format(repo=REPO, cwd=str(tmp_path), zygote=zygote)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    if alive:  # the kernel command ran (--version: prints IPython's version)
        assert (done.returncode, done.stdout.strip()) == (0, importlib.metadata.version("ipython")), done
    else:
        assert (done.returncode, done.stdout, done.stderr) == (1, "", ""), done


@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_kernel_in_another_environment_is_refused(tmp_path):
    env = dict(os.environ)
    with Zygote(()) as z:
        z.fork(["-f", str(tmp_path / "k1.json")], {**env, "IPYTHONDIR": str(tmp_path)}, str(tmp_path))  # per kernel
        other = {**env, "MPLBACKEND": "x", "TF_ENABLE_ONEDNN_OPTS": "0"}
        with pytest.raises(ValueError, match=r"differing: MPLBACKEND, TF_ENABLE_ONEDNN_OPTS\)"):
            z.fork(["-f", str(tmp_path / "k2.json")], other, str(tmp_path))


@pytest.mark.skipif(not SUPPORTED, reason="kernel zygotes need Linux (fork, pidfd)")
def test_zygote_that_cannot_import_says_so(tmp_path):
    with Zygote(("numpy", "no_such_module_here")) as z:
        for _ in range(2):  # and again for the next kernel asked of it
            with pytest.raises(
                RuntimeError, match=r"zygote \(pid \d+, preloading numpy, no_such_module_here\) exited with code 1"
            ):
                z.fork(["-f", str(tmp_path / "k.json")], dict(os.environ), str(tmp_path))
