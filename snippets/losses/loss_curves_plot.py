import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

# One sample with label y = 1; the model outputs p = sigmoid(z)
z = tf.linspace(-5.0, 5.0, 201)
with tf.GradientTape(persistent=True) as tape:
    tape.watch(z)
    p = tf.nn.sigmoid(z)
    bce = -tf.math.log(p)     # BCE for y = 1
    mse = (1 - p) ** 2        # MSE for y = 1
d_bce = tape.gradient(bce, z)
d_mse = tape.gradient(mse, z)

# Closed forms of the slopes with respect to the logit z
print("dBCE/dz = p - 1          :", np.allclose(d_bce, p - 1, atol=1e-6))
mse_slope = -2 * (1 - p) ** 2 * p
print("dMSE/dz = -2(1-p)^2 p    :", np.allclose(d_mse, mse_slope, atol=1e-6))
for i in [0, 100, 200]:
    print(f"p = {float(p[i]):.4f}:  BCE = {float(bce[i]):.4f}, "
          f"MSE = {float(mse[i]):.4f},  dBCE/dz = {float(d_bce[i]):.4f}, "
          f"dMSE/dz = {float(d_mse[i]):.4f}")

fig, (left, right) = plt.subplots(1, 2, figsize=(7.5, 3.2))
left.plot(p, bce, lw=2, label=r"BCE $-\log p$")
left.plot(p, mse, lw=2, label=r"MSE $(1-p)^2$")
left.set_xlabel("predicted probability $p$ (label $y = 1$)")
left.set_ylabel("loss")
left.legend()
right.plot(p, d_bce, lw=2, label="BCE: $p - 1$")
right.plot(p, d_mse, lw=2, label="MSE: $-2(1-p)^2 p$")
right.set_xlabel("predicted probability $p$ (label $y = 1$)")
right.set_ylabel(r"slope $\partial L / \partial z$")
right.legend()
for ax in (left, right):
    ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
