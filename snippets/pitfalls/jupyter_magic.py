import inspect

from IPython.core import magics
from IPython.core.inputtransformer2 import TransformerManager

cell = "%tensorflow_version 2.x\nimport tensorflow as tf\n"
# Jupyter (IPython) turns a line starting with % into a call of a "line magic":
print(TransformerManager().transform_cell(cell))

# The line magics IPython itself defines (Colab adds its own, Jupyter does not)
line_magics = set()
for _, cls in inspect.getmembers(magics, inspect.isclass):
    line_magics |= set(getattr(cls, "magics", {}).get("line", {}))
print("timeit is a line magic:", "timeit" in line_magics)
print("tensorflow_version is a line magic:", "tensorflow_version" in line_magics)
