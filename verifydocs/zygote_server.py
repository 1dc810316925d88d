"""The zygote process of ``kernel_zygote`` (run as a script: standard library only, so that nothing
but the preloaded modules is imported before a kernel forks).

Contract: ``python -c BOOT zygote_server.py <socket fd> <parent pid> <module>...`` imports each module,
says ``{"ready": true}`` on the socket (a Unix SOCK_SEQPACKET, one JSON message each way), then answers
- ``{"op": "fork", "argv", "env", "cwd"}`` with two file descriptors (the kernel's stdout and stderr):
  forks a kernel, ``python -m ipykernel_launcher <argv>`` as that command would start in ``env`` and
  ``cwd`` (see ``kernel_zygote``) and then import the modules (their changes to ``os.environ`` kept,
  ``IN_IPYTHON`` done), and answers ``{"pid"}`` with the kernel's pidfd;
- ``{"op": "status", "pid"}`` for a kernel whose pidfd said it exited: ``{"status"}``, its exit code
  (negative: the signal).
When the socket closes (or the parent dies: ``PR_SET_PDEATHSIG``) it kills every kernel's process group
and exits; each kernel dies with it the same way.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import socket
import sys

BOOT = "import runpy, sys; del sys.path[0]; runpy.run_path(sys.argv[1], run_name='__zygote__')"
_PR_SET_PDEATHSIG = 1
# What a preloaded module decides at import from the process it is imported in, where the zygote (not
# IPython) and a kernel (IPython) differ; done again in each kernel. TensorFlow routes its C++ prints
# (tf.print to sys.stdout) through Python's sys.stdout when `get_ipython` exists at its import.
IN_IPYTHON = (("tensorflow.python.ops.logging_ops", "enable_interactive_logging"),)


def _die_with_parent(parent: int) -> None:
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)


def serve(fd: int, parent: int, preload: list[str]) -> None:
    import importlib

    _die_with_parent(parent)
    sock = socket.socket(fileno=fd)
    before = dict(os.environ)
    for name in preload:
        importlib.import_module(name)
    # what importing them did to the environment (TensorFlow sets TF2_BEHAVIOR, ...) a kernel keeps
    imported_env = {k: v for k, v in os.environ.items() if before.get(k) != v}
    imported_unset = before.keys() - os.environ.keys()
    sock.send(json.dumps({"ready": True}).encode())
    running: set[int] = set()
    exited: dict[int, int] = {}
    me = os.getpid()
    try:
        while True:
            msg, fds, _, _ = socket.recv_fds(sock, 1 << 20, 2)
            if not msg:
                break  # the parent closed the socket or died
            for pid in list(running):  # reap what exited meanwhile
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    running.discard(pid)
                    exited[pid] = os.waitstatus_to_exitcode(status)
            request = json.loads(msg)
            if request["op"] == "fork":
                sys.stdout.flush()
                sys.stderr.flush()
                pid = os.fork()
                if pid == 0:
                    env = {k: v for k, v in request["env"].items() if k not in imported_unset}
                    _kernel(sock, fds, {**request, "env": env | imported_env}, zygote=me)
                for f in fds:
                    os.close(f)
                running.add(pid)
                pidfd = os.pidfd_open(pid)
                socket.send_fds(sock, [json.dumps({"pid": pid}).encode()], [pidfd])
                os.close(pidfd)
            else:
                pid = request["pid"]
                if pid in running:
                    running.discard(pid)
                    exited[pid] = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
                sock.send(json.dumps({"status": exited.pop(pid)}).encode())
    finally:
        for pid in running:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                os.kill(pid, signal.SIGKILL)  # not yet in its own session
            os.waitpid(pid, 0)


def _kernel(sock: socket.socket, fds: list[int], request: dict, zygote: int) -> None:
    """In the forked child of process ``zygote``: become what ``python -m ipykernel_launcher`` would
    have started; never returns. (Not ``os.getppid()``: if the zygote died before the child ran, that
    is already the process that adopted it, and the kernel would outlive its zygote.)"""
    code = 1
    try:
        sock.close()
        os.setsid()
        _die_with_parent(zygote)
        null = os.open(os.devnull, os.O_RDONLY)
        for target, source in ((0, null), (1, fds[0]), (2, fds[1])):
            os.dup2(source, target)
        for f in (null, *fds):
            os.close(f)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        sys.argv = ["ipykernel_launcher", *request["argv"]]  # runpy sets argv[0] to the module's file
        if "numpy.random" in sys.modules:
            sys.modules["numpy.random"].seed()  # from entropy, as at its import
        for module, function in IN_IPYTHON:
            if module in sys.modules:
                getattr(sys.modules[module], function)()
        import runpy

        runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)


if __name__ == "__zygote__":
    serve(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:])
    os._exit(0)  # its kernels are gone; tearing down the preloaded modules (TensorFlow) takes seconds
