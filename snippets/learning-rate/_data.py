"""The regression data of the gradient-descent chapter, for this chapter's examples.

Same seed, same draws and same formula as `make_data()` in
snippets/gradient-descent/_linreg_data.py: 120 points with x uniform in [0, 3] and
y = 2x + 0.9 + 0.5 * noise (standard normal). That helper rounds the points to
float32 and shapes them (120, 1); this one returns flat float64 arrays, so NumPy
computes in float64 (the points differ only beyond float32's precision).
"""
import numpy as np


def regression_data():
    np.random.seed(13)
    x = np.random.uniform(0.0, 3.0, size=120)
    noise = np.random.randn(120)
    y = 2.0 * x + 0.9 + 0.5 * noise
    return x, y
