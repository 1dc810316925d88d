import numpy as np
import tensorflow as tf
from _linreg_data import TRUE_B, TRUE_W, make_data

x, y = make_data()  # shape (120, 1) each
w, b = tf.Variable(0.0), tf.Variable(0.0)
lr, batch_size, epochs = 0.1, 4, 10


def batch_loss(xb, yb):
    return tf.reduce_mean((w * xb + b - yb) ** 2)  # mean squared error


# The gradient on the first mini-batch: autodiff vs the formula
xb, yb = x[:4], y[:4]
with tf.GradientTape() as tape:
    loss = batch_loss(xb, yb)
dw, db = tape.gradient(loss, [w, b])
err = 0.0 * xb + 0.0 - yb  # w = b = 0
print("tape:    dw = %.4f  db = %.4f" % (float(dw), float(db)))
print("formula: dw = %.4f  db = %.4f"
      % (np.mean(2 * err * xb), np.mean(2 * err)))

for epoch in range(epochs):
    losses = []
    for start in range(0, len(x), batch_size):
        xb, yb = x[start:start + batch_size], y[start:start + batch_size]
        with tf.GradientTape() as tape:
            loss = batch_loss(xb, yb)
        dw, db = tape.gradient(loss, [w, b])
        w.assign_sub(lr * dw)
        b.assign_sub(lr * db)
        losses.append(float(loss))
    print(f"epoch {epoch + 1:2d}: mean batch loss {np.mean(losses):.4f}"
          f"   w = {w.numpy():.4f}  b = {b.numpy():.4f}")
w_ls, b_ls = np.polyfit(x[:, 0], y[:, 0], deg=1)  # exact least-squares line
mse_ls = np.mean((w_ls * x + b_ls - y) ** 2)  # the lowest MSE any line reaches
print(f"least squares (closed form):      w = {w_ls:.4f}  b = {b_ls:.4f}"
      f"   MSE {mse_ls:.4f}")
print(f"true values:                      w = {TRUE_W:.4f}  b = {TRUE_B:.4f}")
