import numpy as np
from _linreg_data import make_data

x, y = make_data()
x, y = x[:, 0], y[:, 0]


def train(batch_size, epochs, lr=0.1):  # the NumPy loop of linear_model_subclass.py
    w, b = 0.0, 0.0
    for epoch in range(epochs):
        for start in range(0, 120, batch_size):
            xb, yb = x[start:start + batch_size], y[start:start + batch_size]
            err = w * xb + b - yb
            w, b = w - lr * np.mean(2 * err * xb), b - lr * np.mean(2 * err)
    return w, b


def mse(w, b):  # on ALL the data
    return np.mean((w * x + b - y) ** 2)


for batch_size, epochs in [(4, 1), (120, 1), (4, 10), (120, 10), (120, 300)]:
    w, b = train(batch_size, epochs)
    steps = epochs * 120 // batch_size
    print(f"batch {batch_size:3d}, epochs {epochs:3d}, steps {steps:3d}:"
          f"  w = {w:.4f}  b = {b:.4f}  MSE {mse(w, b):.4f}")
w_ls, b_ls = np.polyfit(x, y, deg=1)
print(f"least squares:                      w = {w_ls:.4f}  b = {b_ls:.4f}"
      f"  MSE {mse(w_ls, b_ls):.4f}")
