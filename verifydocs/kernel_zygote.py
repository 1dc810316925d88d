"""Fresh Jupyter kernels forked from a "zygote": a process that imported the heavy libraries once, so
each notebook's fresh kernel does not pay TensorFlow's import (~5 s) again.

Contract:
- ``Zygote(preload)`` starts nothing until its first kernel. Then a child process imports the modules
  ``preload`` names (e.g. numpy, matplotlib, tensorflow, keras) in that kernel's environment and
  working directory, and waits. No kernel, ZeroMQ context, IPython shell or Python thread exists in it
  when it forks (OpenBLAS stops and restarts its worker threads in its own fork handlers), and it
  never runs user code. ``kernel_manager_class`` is an ``AsyncKernelManager`` for ``nbclient``
  (``NotebookClient(kernel_manager_class=...)``) whose kernels it forks, through a jupyter_client
  provisioner (``ZygoteProvisioner``). ``close()`` (or leaving its ``with`` block) kills its kernels
  and itself. It dies with the process that started it (``PR_SET_PDEATHSIG``) and its kernels die
  with it, so a pytest worker that crashes or times out leaves no process behind.
- Each kernel is as fresh as the one ``python -m ipykernel_launcher -f <connection file>``, started
  by jupyter_client with the same environment and directory, would be: its own process and session,
  an empty user namespace, that command's ``sys.argv``, ``sys.path``, ``os.environ``, working
  directory and standard streams (the starting process's stdout and stderr), NumPy's global random
  state drawn from entropy again (Python's ``random`` does so itself after a fork), and what a
  preloaded module decides at import because it is imported in IPython done again
  (``zygote_server.IN_IPYTHON``). It shares with its siblings only the preloaded modules as imported,
  and the string hash seed.
- A kernel wanted in another environment than the zygote imported under (other than the per-kernel
  ``PER_KERNEL`` variables) is refused, naming the differing variables; so is any command other than
  ipykernel's. A zygote that could not import its modules, or died, fails every kernel asked of it,
  saying so. Linux only (fork, pidfd): ``SUPPORTED``; elsewhere kernels start the usual way.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Sequence
from typing import Any

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner

from . import zygote_server

# set per kernel (by jupyter_client, notebook_run) or per test (pytest); no preloaded module reads them
PER_KERNEL = frozenset({"IPYTHONDIR", "JPY_PARENT_PID", "JPY_SESSION_NAME", "PYTEST_CURRENT_TEST"})
SUPPORTED = sys.platform == "linux"


class Zygote:
    def __init__(self, preload: Sequence[str]):
        self.preload = tuple(preload)
        self.env: dict[str, str] | None = None
        self._proc: subprocess.Popen | None = None
        self._sock: socket.socket | None = None

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    @property
    def kernel_manager_class(self) -> type[AsyncKernelManager]:
        return type("ZygoteKernelManager", (_Manager,), {"zygote": self})

    def _start(self, env: dict[str, str], cwd: str) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with theirs:
            self._proc = subprocess.Popen(
                # the server runs without verifydocs/ on sys.path (its modules would shadow top-level names)
                [
                    sys.executable,
                    "-c",
                    zygote_server.BOOT,
                    zygote_server.__file__,
                    str(theirs.fileno()),
                    str(os.getpid()),
                    *self.preload,
                ],
                env=env,
                cwd=cwd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # a kernel's sys.stdout is no terminal when its modules are imported
                pass_fds=[theirs.fileno()],
            )
        self._sock, self.env = ours, dict(env)
        self._reply()  # ready: the preloaded modules are imported

    def _reply(self) -> tuple[dict[str, Any], list[int]]:
        assert self._sock is not None
        msg, fds, _, _ = socket.recv_fds(self._sock, 1 << 16, 1)
        if not msg:
            raise self._died()
        return json.loads(msg), fds

    def _died(self) -> RuntimeError:
        assert self._proc is not None
        return RuntimeError(
            f"the kernel zygote (pid {self._proc.pid}, preloading {', '.join(self.preload) or 'nothing'}) "
            f"exited with code {self._proc.wait()}; its traceback is in the captured stderr"
        )

    def fork(self, argv: list[str], env: dict[str, str], cwd: str) -> ForkedKernel:
        """A kernel running ``ipykernel_launcher`` with ``argv`` (after the module) in ``env``, ``cwd``."""
        if self._proc is None:
            self._start(env, cwd)
        elif self._proc.poll() is not None:
            raise self._died()
        assert self._sock is not None and self.env is not None
        differing = sorted(
            k for k in env.keys() | self.env.keys() if k not in PER_KERNEL and env.get(k) != self.env.get(k)
        )
        if differing:
            raise ValueError(
                f"a kernel in another environment than the zygote's (differing: {', '.join(differing)}): "
                "its preloaded modules were imported under the zygote's; start another Zygote"
            )
        request = {"op": "fork", "argv": argv, "env": env, "cwd": cwd}
        socket.send_fds(self._sock, [json.dumps(request).encode()], [1, 2])
        reply, fds = self._reply()
        return ForkedKernel(self, reply["pid"], fds[0])

    def status(self, pid: int) -> int:
        """The exit code of an exited kernel (negative: the signal that ended it)."""
        assert self._sock is not None
        self._sock.send(json.dumps({"op": "status", "pid": pid}).encode())
        return self._reply()[0]["status"]

    def close(self) -> None:
        """Kill every kernel still running, then the zygote (it does both when its socket closes)."""
        if self._proc is None:
            return
        assert self._sock is not None
        self._sock.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc = self._sock = None


class ForkedKernel:
    """The part of ``subprocess.Popen`` that jupyter_client's ``LocalProvisioner`` uses, for a kernel
    that is the zygote's child: its pidfd says when it exited, the zygote what its exit code was."""

    stdin = stdout = stderr = None

    def __init__(self, zygote: Zygote, pid: int, pidfd: int):
        self.zygote, self.pid, self.pidfd = zygote, pid, pidfd
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None and select.select([self.pidfd], [], [], 0)[0]:
            self.returncode = self.zygote.status(self.pid)
            self.close()
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            select.select([self.pidfd], [], [])
        return self.poll()  # type: ignore[return-value]

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            signal.pidfd_send_signal(self.pidfd, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def close(self) -> None:
        if self.pidfd >= 0:
            os.close(self.pidfd)
            self.pidfd = -1


class ZygoteProvisioner(LocalProvisioner):
    """jupyter_client's local provisioner, launching by fork from ``zygote`` instead of ``Popen``."""

    zygote: Zygote

    async def launch_kernel(self, cmd: list[str], **kwargs: Any):
        if cmd[1:3] != ["-m", "ipykernel_launcher"]:
            raise ValueError(f"a zygote forks ipykernel kernels only, not {cmd}")
        env = {**kwargs["env"], "JPY_PARENT_PID": str(os.getpid())}  # as jupyter_client's launcher sets it
        self.cwd = str(kwargs.get("cwd") or os.getcwd())
        self.process = self.zygote.fork(cmd[3:], env, self.cwd)
        self.pid = self.pgid = self.process.pid  # the kernel's own session (until it is, signals go to it)
        return self.connection_info

    async def cleanup(self, restart: bool = False) -> None:
        if isinstance(self.process, ForkedKernel):
            self.process.close()
        await super().cleanup(restart)


class _Manager(AsyncKernelManager):
    zygote: Zygote

    async def _async_pre_start_kernel(self, **kw: Any):
        # jupyter_client creates the provisioner here when none is set (from the kernel spec's
        # entry point); ours needs no installed entry point
        if self.provisioner is None:
            self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
            provisioner = ZygoteProvisioner(kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self)
            provisioner.zygote = self.zygote
            self.provisioner = provisioner
        return await super()._async_pre_start_kernel(**kw)
