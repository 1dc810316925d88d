import keras
import matplotlib.pyplot as plt
import tensorflow as tf

z = tf.linspace(-4.0, 4.0, 401)
leaky = keras.activations.leaky_relu(z, negative_slope=0.1)
curves = {  # legend label -> values
    r"sigmoid $\sigma(z)$": tf.nn.sigmoid(z),
    r"$\tanh(z)$": tf.nn.tanh(z),
    r"ReLU $\max(0, z)$": tf.nn.relu(z),
    r"leaky ReLU, $\alpha = 0.1$": leaky,
}
names = ["sigmoid", "tanh", "ReLU", "leaky ReLU"]
for name, values in zip(names, curves.values()):
    print(f"{name:10s} on [-4, 4]: min {float(tf.reduce_min(values)):7.4f}, "
          f"max {float(tf.reduce_max(values)):6.4f}")

fig, ax = plt.subplots(figsize=(6.4, 4))
for (name, values), style in zip(curves.items(), ["-", "-", "-", "--"]):
    ax.plot(z, values, style, lw=2, label=name)
ax.axhline(0, color="gray", lw=0.8)
ax.axvline(0, color="gray", lw=0.8)
ax.set_xlabel("$z$")
ax.set_ylabel("activation $g(z)$")
ax.set_ylim(-1.2, 2.2)
ax.legend(loc="upper left")
ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
