import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

x, y = 1.5, 1.0                      # one sample and its target
w, b = 0.8, -0.5                     # the parameters

# Forward pass, one node of the graph at a time
u = w * x
z = u + b
a = 1 / (1 + np.exp(-z))
L = (a - y) ** 2
# Backward pass: gradient from above times the node's local derivative
dL_da = 2 * (a - y)
dL_dz = dL_da * a * (1 - a)
dL_du = dL_dz * 1.0                  # z = u + b: local derivative 1
dL_db = dL_dz * 1.0
dL_dw = dL_du * x                    # u = w x: local derivative x
print(f"forward : u = {u:.4f}, z = {z:.4f}, a = {a:.4f}, L = {L:.4f}")
print(f"backward: dL/da = {dL_da:.4f}, dL/dz = {dL_dz:.4f}")
print(f"by hand : dL/dw = {dL_dw:.4f}, dL/db = {dL_db:.4f}")

tw = tf.Variable(w, dtype=tf.float64)
tb = tf.Variable(b, dtype=tf.float64)
with tf.GradientTape() as tape:
    loss = (tf.sigmoid(tw * x + tb) - y) ** 2
gw, gb = tape.gradient(loss, [tw, tb])
print(f"by tape : dL/dw = {gw.numpy():.4f}, dL/db = {gb.numpy():.4f}")

# Draw the graph: values flow right (blue), gradients flow back (red)
fig, ax = plt.subplots(figsize=(7.5, 3))
nodes = {"x": (0, 2.1, f"$x={x}$"), "w": (0, 0.5, f"$w={w}$"),
         "*": (1.9, 1.3, r"$\times$"), "b": (3.8, 0, f"$b={b}$"),
         "+": (3.8, 1.3, "$+$"), "s": (5.6, 1.3, r"$\sigma$"),
         "loss": (7.4, 1.3, r"$(a-y)^2$"), "y": (7.4, 0, f"$y={y}$"),
         "L": (9.2, 1.3, f"$L={L:.3f}$")}
at = {}
for key, (px, py, label) in nodes.items():
    color = "tab:blue" if key == "L" else "black"  # L is a forward value too
    at[key] = ax.text(px, py, label, ha="center", va="center", fontsize=12,
                      color=color, bbox=dict(boxstyle="round", fc="white", ec=color))
right, left = (1, 0.5), (0, 0.5)     # anchor points on a node's box
for src, dst, start, end in [
        ("x", "*", right, (0, 0.7)), ("w", "*", right, (0, 0.3)),
        ("*", "+", right, left), ("b", "+", (0.5, 1), (0.5, 0)),
        ("+", "s", right, left), ("s", "loss", right, left),
        ("y", "loss", (0.5, 1), (0.5, 0)), ("loss", "L", right, left)]:
    ax.annotate("", xy=end, xycoords=at[dst], xytext=start,
                textcoords=at[src], arrowprops=dict(arrowstyle="-|>"))
labels = [(2.85, 1.1, "u", dL_du), (4.7, 1.1, "z", dL_dz),
          (6.5, 1.1, "a", dL_da), (0.6, 0.3, "w", dL_dw)]
for px, py, name, grad in labels:
    ax.text(px, py, rf"$\partial L/\partial {name}={grad:.3f}$",
            color="tab:red", ha="left" if name == "w" else "center",
            va="top", fontsize=9)
for px, name, value in [(2.85, "u", u), (4.7, "z", z), (6.5, "a", a)]:
    ax.text(px, 1.5, f"${name}={value:.3g}$", color="tab:blue",
            ha="center", fontsize=10)
ax.text(3.95, 0.6, rf"$\partial L/\partial b={dL_db:.3f}$",
        color="tab:red", va="center", fontsize=9)
ax.text(-0.4, -0.55, "black: inputs, target, parameters, operations"
        "    blue: forward values    red: gradients of $L$", fontsize=10)
ax.set_xlim(-0.6, 9.9)
ax.set_ylim(-0.8, 2.5)
ax.axis("off")
fig.tight_layout()
plt.show()
