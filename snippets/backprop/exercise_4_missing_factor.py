import numpy as np
from _tiny_net import PARAMS, X, Y, loss, sigmoid

# The backward pass of backprop_by_hand.py with one bug: the factor 2 is gone
W1, b1, W2, b2 = PARAMS["W1"], PARAMS["b1"], PARAMS["W2"], PARAMS["b2"]
h = sigmoid(X @ W1 + b1)
d_yhat = (h @ W2 + b2 - Y) / len(X)    # bug: should be 2 * (y_hat - Y) / n
d_z1 = (d_yhat @ W2.T) * h * (1 - h)
buggy = {"W1": X.T @ d_z1, "b1": d_z1.sum(axis=0),
         "W2": h.T @ d_yhat, "b2": d_yhat.sum(axis=0)}

step = 1e-5                            # the check of gradient_check.py
norm = np.linalg.norm
for name, g in buggy.items():
    g_num = np.zeros_like(g)
    for i in np.ndindex(g.shape):
        plus = {k: v.copy() for k, v in PARAMS.items()}
        minus = {k: v.copy() for k, v in PARAMS.items()}
        plus[name][i] += step
        minus[name][i] -= step
        g_num[i] = (loss(plus) - loss(minus)) / (2 * step)
    rel = norm(g_num - g) / (norm(g_num) + norm(g))
    print(f"{name}: relative error {rel:.4f}", "OK" if rel < 1e-7 else "CHECK!")
