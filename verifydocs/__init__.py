"""verifydocs: what keeps the promise "what you read is what runs" -- runs every example, compares
it with the goldens the pages show, reads the pages, builds the chapter notebooks and checks the
built site. MkDocs hooks (hooks/), pytest (``-p verifydocs.plugin``), the notebook and site tests
and the benchmark all import it; nothing here imports tests/.

Where each rule lives:

- ``layout``       example and golden naming, chapters and pages, languages, URLs, counterparts
- ``pages``        the page reader (markdown-it-py): includes, figures, captions, headings, links
- ``settings``     ``[tool.snippets]`` in pyproject.toml: tolerances, timeouts, dpi, overrides
- ``environment``  the pinned environment of examples; what explains a last-digit difference
- ``runner``       run one example in-process; ``state``: global state reset and leak detection
- ``sanitize``     the one table of volatile-output rules
- ``compare_text`` / ``compare_image``  tolerant text comparison / figure RMS comparison
- ``verdict``      the one pass/fail decision on an example's output and figures
- ``goldens``      writing goldens (``--update-goldens``)
- ``portability``  the examples rerun under other numeric environments (BLAS kernel, SIMD, oneDNN, threads)
- ``plugin``       the pytest plugin (hooks and items only)
- ``notebook``     a chapter page as a notebook; ``notebook_run``: execute it and judge its cells
- ``kernel_zygote`` fresh Jupyter kernels forked from a process that imported TensorFlow once (``zygote_server``)
- ``sitecheck``    checks over the sources and the built site; ``glossary``: one translation per term
- ``once``         what the tests make once per session for every xdist worker (the strict build)
- ``buildcache``   the build cache's files (rendered notebooks and pages, search entries), written atomically
- ``siteserver`` / ``browser``  the built site served under its sub-path, in headless Chromium
- ``workarounds``  plugin behaviour we must work around, one module each, named and self-tested
"""
