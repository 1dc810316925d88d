import numpy as np
import tensorflow as tf
from _tiny_net import PARAMS, X, Y, sigmoid

W1, b1, W2, b2 = PARAMS["W1"], PARAMS["b1"], PARAMS["W2"], PARAMS["b2"]
n = X.shape[0]

# Forward pass: keep every intermediate, the backward pass needs them
z1 = X @ W1 + b1
h = sigmoid(z1)
y_hat = h @ W2 + b2
loss = np.mean((y_hat - Y) ** 2)

# Backward pass: from the loss back to each parameter, one step at a time
d_yhat = 2 * (y_hat - Y) / n      # dL/dy_hat
d_W2 = h.T @ d_yhat               # y_hat = h W2 + b2
d_b2 = d_yhat.sum(axis=0)
d_h = d_yhat @ W2.T
d_z1 = d_h * h * (1 - h)          # sigmoid'(z1) = h (1 - h)
d_W1 = X.T @ d_z1                 # z1 = X W1 + b1
d_b1 = d_z1.sum(axis=0)
by_hand = {"W1": d_W1, "b1": d_b1, "W2": d_W2, "b2": d_b2}

# The same network in TensorFlow (float64 too) and the tape's gradients
params = {k: tf.Variable(v) for k, v in PARAMS.items()}
with tf.GradientTape() as tape:
    hidden = tf.sigmoid(tf.constant(X) @ params["W1"] + params["b1"])
    tf_loss = tf.reduce_mean((hidden @ params["W2"] + params["b2"] - Y) ** 2)
by_tape = tape.gradient(tf_loss, params)

worst = max(np.max(np.abs(by_hand[k] - by_tape[k].numpy())) for k in by_hand)
with np.printoptions(precision=6, suppress=True):  # in this block only
    print(f"loss: by hand {loss:.6f}, by tape {tf_loss.numpy():.6f}")
    for k in by_hand:
        print(f"dL/d{k:2s} by hand:", by_hand[k].ravel())
        print("        by tape:", by_tape[k].numpy().ravel())
    print("largest difference below 1e-15:", worst < 1e-15)  # rounding only
