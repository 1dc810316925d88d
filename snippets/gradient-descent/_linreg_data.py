"""The linear-regression data: 120 noisy points around y = 2x + 0.9."""
import numpy as np

TRUE_W, TRUE_B = 2.0, 0.9


def make_data():
    np.random.seed(13)
    x = np.random.uniform(0, 3, size=(120, 1))
    noise = np.random.randn(120, 1)
    y = TRUE_W * x + TRUE_B + noise * 0.5
    return x.astype(np.float32), y.astype(np.float32)
