import keras
import matplotlib.pyplot as plt
import tensorflow as tf

alpha = 0.1
z = tf.linspace(-4.0, 4.0, 400)  # an even count: z = 0 is not on the grid
activations = {
    "sigmoid": tf.nn.sigmoid,
    "tanh": tf.nn.tanh,
    "ReLU": tf.nn.relu,
    "leaky ReLU": lambda t: keras.activations.leaky_relu(t, negative_slope=alpha),
}
s, t = tf.nn.sigmoid(z), tf.nn.tanh(z)
closed_form = {
    "sigmoid": s * (1 - s),                     # sigma (1 - sigma)
    "tanh": 1 - t**2,                           # 1 - tanh^2
    "ReLU": tf.where(z > 0, 1.0, 0.0),          # 1 if z > 0 else 0
    "leaky ReLU": tf.where(z > 0, 1.0, alpha),  # 1 if z > 0 else alpha
}

fig, ax = plt.subplots(figsize=(6.4, 4))
for (name, g), style in zip(activations.items(), ["-", "-", "-", "--"]):
    with tf.GradientTape() as tape:
        tape.watch(z)
        y = g(z)
    grad = tape.gradient(y, z)  # elementwise g: the gradient of sum(y) is g'(z)
    diff = float(tf.reduce_max(tf.abs(grad - closed_form[name])))
    largest, at_4 = float(tf.reduce_max(grad)), float(grad[-1])
    print(f"{name:10s} max |tape - formula| = {diff:.1e}   "
          f"largest g' = {largest:.4f}   g'(4) = {at_4:.4f}")
    ax.plot(z, grad, style, lw=2, label=name)
ax.set_xlabel("$z$")
ax.set_ylabel("derivative $g'(z)$")
ax.set_ylim(-0.1, 1.15)
ax.legend(loc="center left")
ax.grid(alpha=0.3)
fig.tight_layout()
plt.show()
