import tensorflow as tf

# The first two lines of many Colab notebooks
cell = "%tensorflow_version 2.x\nimport tensorflow as tf\n"

try:
    compile(cell, "notebook.py", "exec")   # what `python notebook.py` does first
except SyntaxError as error:
    print(type(error).__name__, "on line", error.lineno)

# Fix: delete the magic line. TensorFlow 1 ended with 1.15, which has no wheels for
# Python 3.8 or newer: there, pip installs TensorFlow 2 and nothing else.
fixed = "\n".join(line for line in cell.splitlines() if not line.startswith("%"))
compile(fixed, "notebook.py", "exec")
print("without the magic line it compiles")
print("TensorFlow major version:", tf.__version__.split(".")[0])
