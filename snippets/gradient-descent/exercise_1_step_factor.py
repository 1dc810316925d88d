import numpy as np


def descend(lr, x0=5.0, steps=4):
    xs = [x0]
    for _ in range(steps):
        xs.append(xs[-1] - lr * 2 * xs[-1])  # J(x) = x^2, J'(x) = 2x
    return np.array(xs)


for lr in [0.5, 0.75]:
    print(f"lr = {lr}: factor 1 - 2*lr = {1 - 2 * lr:+.2f}")
    print("   x_0..x_4:", descend(lr))
