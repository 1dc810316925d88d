import numpy as np
import tensorflow as tf
from _tiny_net import PARAMS, X, Y

W1, b1, W2, b2 = PARAMS["W1"], PARAMS["b1"], PARAMS["W2"], PARAMS["b2"]
n = X.shape[0]

h = np.tanh(X @ W1 + b1)               # changed: tanh instead of sigmoid
y_hat = h @ W2 + b2
d_yhat = 2 * (y_hat - Y) / n
d_W2, d_b2 = h.T @ d_yhat, d_yhat.sum(axis=0)
d_h = d_yhat @ W2.T
d_z1 = d_h * (1 - h**2)                # the one changed line: tanh' = 1 - tanh^2
d_W1, d_b1 = X.T @ d_z1, d_z1.sum(axis=0)
by_hand = {"W1": d_W1, "b1": d_b1, "W2": d_W2, "b2": d_b2}

params = {k: tf.Variable(v) for k, v in PARAMS.items()}
with tf.GradientTape() as tape:
    hidden = tf.tanh(tf.constant(X) @ params["W1"] + params["b1"])
    tf_loss = tf.reduce_mean((hidden @ params["W2"] + params["b2"] - Y) ** 2)
by_tape = tape.gradient(tf_loss, params)

with np.printoptions(precision=6, suppress=True):  # in this block only
    for k in by_hand:
        print(f"dL/d{k:2s} by hand:", by_hand[k].ravel())
        print("        by tape:", by_tape[k].numpy().ravel())
worst = max(np.max(np.abs(by_hand[k] - by_tape[k].numpy())) for k in by_hand)
print("largest difference below 1e-12:", worst < 1e-12)
