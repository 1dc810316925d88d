from math import erf, sqrt

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

tf.random.set_seed(42)
samples = tf.random.normal([10_000]).numpy()

print("number of samples:", samples.size)
print(f"sample mean = {samples.mean():.4f}   (N(0,1): 0)")
print(f"sample std  = {samples.std():.4f}   (N(0,1): 1)")
inside = np.mean(np.abs(samples) < 1)  # share of samples in (-1, 1)
print(f"share in (-1, 1) = {inside:.4f}   (N(0,1): {erf(1 / sqrt(2)):.4f})")

# Density of N(0, 1), by hand
x = np.linspace(-4, 4, 200)
density = np.exp(-x**2 / 2) / np.sqrt(2 * np.pi)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.hist(samples, bins=60, density=True, color="tab:orange", alpha=0.55,
        label=r"$n = 10\,000$")
ax.plot(x, density, color="tab:blue", lw=2,
        label=r"$p(x) = \frac{1}{\sqrt{2\pi}}\,e^{-x^2/2}$")
ax.set_xlabel("$x$")
ax.set_ylabel("$p(x)$")
ax.set_xlim(-4, 4)
ax.legend(loc="upper right")
fig.tight_layout()
plt.show()
