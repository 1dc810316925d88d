import numpy as np
import tensorflow as tf

x = tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])  # 3 samples
y = tf.constant([[1.0], [2.0], [3.0]])                  # targets
w = tf.Variable([[0.5], [-0.5]])
b = tf.Variable([0.1])

with tf.GradientTape() as tape:
    y_hat = x @ w + b                                   # predictions
    loss = tf.reduce_mean((y_hat - y) ** 2)
grad_w, grad_b = tape.gradient(loss, [w, b])  # a list in, a list out

# By hand: dL/dy_hat = 2 (y_hat - y) / n, dL/dw = x^T dL/dy_hat, dL/db = its sum
n = x.shape[0]
d_yhat = 2 * (y_hat - y) / n
hand_w = (tf.transpose(x) @ d_yhat).numpy().ravel()
hand_b = tf.reduce_sum(d_yhat, axis=0).numpy()
tape_w, tape_b = grad_w.numpy().ravel(), grad_b.numpy()
with np.printoptions(precision=4, suppress=True):  # in this block only
    print("tape:    dL/dw =", tape_w, " dL/db =", tape_b)
    print("by hand: dL/dw =", hand_w, " dL/db =", hand_b)
print("shapes like w and b:", grad_w.shape == w.shape, grad_b.shape == b.shape)
