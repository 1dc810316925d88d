"""The gradient-descent chapter's regression data: y = 2x + 0.9 + noise."""
import numpy as np


def regression_data():
    np.random.seed(13)
    x = np.linspace(0.0, 3.0, 120)
    y = 2.0 * x + 0.9 + 0.5 * np.random.randn(120)
    return x, y
