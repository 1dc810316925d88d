import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf
from _linreg_data import TRUE_B, TRUE_W, make_data

keras.utils.set_random_seed(13)  # seeds the shuffle below as well
x, y = make_data()
dataset = (tf.data.Dataset.from_tensor_slices((x, y))
           .shuffle(buffer_size=120, seed=13)  # a new order every epoch
           .batch(4))
print("batches per epoch:", len(dataset))

w, b = tf.Variable(0.0), tf.Variable(0.0)


@tf.function
def train_step(xb, yb, lr=0.1):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((w * xb + b - yb) ** 2)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(lr * dw)
    b.assign_sub(lr * db)
    return loss


step_losses = []  # one value per mini-batch, 30 per epoch
for epoch in range(10):
    step_losses += [float(train_step(xb, yb)) for xb, yb in dataset]
history = np.mean(np.reshape(step_losses, (10, 30)), axis=1)  # mean per epoch
print("mean batch loss per epoch:")
print(history.round(4))
print(f"learned: w = {w.numpy():.4f}  b = {b.numpy():.4f}")
print(f"true:    w = {TRUE_W:.4f}  b = {TRUE_B:.4f}")

line = np.linspace(0, 3, 2)
fig, ax = plt.subplots(figsize=(6.4, 4))
ax.scatter(x, y, s=12, alpha=0.6, label="data")
ax.plot(line, TRUE_W * line + TRUE_B, "--", color="tab:gray",
        label="true: $y = 2x + 0.9$")
ax.plot(line, w.numpy() * line + b.numpy(), color="tab:red",
        label=f"learned: $y = {w.numpy():.2f}x + {b.numpy():.2f}$")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.legend()
fig.tight_layout()

w_ls, b_ls = np.polyfit(x[:, 0], y[:, 0], deg=1)
best = np.mean((w_ls * x + b_ls - y) ** 2)  # the lowest MSE any line reaches
print(f"MSE of the least-squares line on all the data: {best:.4f}")
fig, ax = plt.subplots(figsize=(6.4, 3.8))
ax.plot(np.arange(1, 301) / 30, step_losses, color="tab:blue", lw=0.8,
        alpha=0.5, label="loss of each mini-batch")
ax.plot(range(1, 11), history, "o-", color="tab:red",
        label="mean over the epoch")
ax.axhline(best, color="k", ls="--", lw=1,
           label="least-squares line (full data)")
ax.set_xlabel("epoch")
ax.set_ylabel("MSE (log scale)")
ax.set_yscale("log")
ax.legend()
fig.tight_layout()
plt.show()
