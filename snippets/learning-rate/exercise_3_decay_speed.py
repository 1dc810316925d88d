import numpy as np
from _data import regression_data

x, y = regression_data()
A = np.c_[x, np.ones_like(x)]
limit = 2 / np.linalg.eigvalsh(2 * A.T @ A / len(x)).max()
w_best, b_best = np.linalg.lstsq(A, y, rcond=None)[0]
print(f"least squares: w = {w_best:.4f}, b = {b_best:.4f}, limit = {limit:.4f}")
print(f"loss at the start (w = b = 0): {np.mean(y**2):.3f}")


def train(rates):
    w = b = 0.0
    losses = []
    for eta in rates:
        err = w * x + b - y
        losses.append(np.mean(err**2))
        w, b = w - eta * 2 * np.mean(err * x), b - eta * 2 * np.mean(err)
    return w, b, np.array(losses)


t = np.arange(100)
for T in [2, 20, 200]:
    rates = 0.3 / (1 + t / T)                  # inverse time decay, T steps
    w, b, losses = train(rates)
    print(f"T = {T:3d}: eta < limit from step {np.argmax(rates < limit):2d}, "
          f"highest loss {losses.max():7.3f}, at step 99: {losses[-1]:.4f}, "
          f"w = {w:.4f}, b = {b:.4f}")
