"""The numeric environment examples run in: what is pinned, and what explains a last digit.

Contract:
- ``pin_env(env)`` pins in ``env`` (in place) the variables every example runs under -- in the
  pytest workers, in a notebook kernel, in the benchmark's one-process-per-example baseline -- and
  unsets the colour-forcing ones. The plugin applies it to its own process at import, before
  anything imports TensorFlow, Keras, rich or matplotlib.
- ``describe() -> list[str]``: what makes printed floats and figures differ between machines, one
  line each (pytest's report header): the versions of TensorFlow, Keras, NumPy and matplotlib,
  oneDNN on or off, the CPU's SIMD level as NumPy dispatches it, and the BLAS kernel and threads
  OpenBLAS chose (threadpoolctl). It never imports TensorFlow (3-9 s in the controller process).
"""

from __future__ import annotations

import os
import platform
from collections.abc import MutableMapping
from importlib import metadata

PINNED = {
    "COLUMNS": "80",  # Keras' model.summary() width comes from these two
    "LINES": "24",
    "TF_CPP_MIN_LOG_LEVEL": "2",  # keep TF's C++ start-up chatter out of the logs
    "MPLBACKEND": "Agg",
    "NO_COLOR": "1",
    "TERM": "dumb",
}
UNSET = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE", "PYTHONBREAKPOINT")


def pin_env(env: MutableMapping[str, str]) -> MutableMapping[str, str]:
    env.update(PINNED)
    for name in UNSET:
        env.pop(name, None)
    return env


def _version(*names: str) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _onednn() -> str:
    value = os.environ.get("TF_ENABLE_ONEDNN_OPTS")
    if value is not None:
        return f"{'off' if value.strip() in ('0', 'false', 'False') else 'on'} (TF_ENABLE_ONEDNN_OPTS={value})"
    if platform.machine().lower() in ("x86_64", "amd64"):
        return "on (TensorFlow's default on x86-64)"
    return f"TensorFlow's default on {platform.machine()}"


def _simd() -> str:
    from numpy._core._multiarray_umath import __cpu_features__ as features

    levels = ["X86_V4", "X86_V3", "X86_V2", "AVX512F", "AVX2", "SVE", "ASIMD", "NEON", "VSX"]
    level = next((name for name in levels if features.get(name)), "baseline")
    disabled = os.environ.get("NPY_DISABLE_CPU_FEATURES")
    avx512 = "yes" if features.get("AVX512F") else "no"
    return f"{level} (AVX-512: {avx512})" + (f", NPY_DISABLE_CPU_FEATURES={disabled}" if disabled else "")


def _blas() -> str:
    try:
        import numpy  # noqa: F401 - loads the BLAS that threadpoolctl inspects
        from threadpoolctl import threadpool_info
    except ImportError as exc:  # pragma: no cover - both pinned
        return f"unknown ({exc})"
    libs = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    forced = os.environ.get("OPENBLAS_CORETYPE")
    return (
        ", ".join(
            f"{i['internal_api']} {i.get('version')} kernel {i.get('architecture')}, {i['num_threads']} thread(s)"
            for i in libs
        )
        + (f" (OPENBLAS_CORETYPE={forced})" if forced else "")
        or "none found"
    )


def describe() -> list[str]:
    versions = ", ".join(
        f"{label} {_version(*names)}"
        for label, names in (
            ("TensorFlow", ("tensorflow-cpu", "tensorflow")),
            ("Keras", ("keras",)),
            ("NumPy", ("numpy",)),
            ("matplotlib", ("matplotlib",)),
        )
    )
    return [
        f"numerics: {versions}",
        f"numerics: {platform.machine()} {platform.system()}, {os.cpu_count()} CPU(s); oneDNN {_onednn()}",
        f"numerics: SIMD {_simd()}; BLAS {_blas()}",
    ]
