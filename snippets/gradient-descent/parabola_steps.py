import matplotlib.pyplot as plt
import numpy as np


def J(x):
    return x**2


def dJ(x):  # the derivative J'(x) = 2x
    return 2 * x


lr, x = 0.3, 5.0
xs = [x]
print(" k      x_k     J(x_k)   J'(x_k)")
for k in range(6):
    print(f"{k:2d} {x:8.4f} {J(x):10.6f} {dJ(x):8.4f}")
    x = x - lr * dJ(x)  # one gradient-descent step
    xs.append(x)

# Closed form: x_k = (1 - 2 lr)^k x_0
closed = (1 - 2 * lr) ** np.arange(6) * 5.0
print("closed form:", closed)
print("loop == closed form:", np.allclose(xs[:6], closed))

grid = np.linspace(-5.5, 5.5, 200)
fig, ax = plt.subplots(figsize=(6.4, 4))
ax.plot(grid, J(grid), color="tab:gray", lw=1.5, label=r"$J(x) = x^2$")
xs = np.array(xs[:6])
ax.plot(xs, J(xs), "o-", color="tab:orange", label=r"iterates, $\eta = 0.3$")
for k, xk in enumerate(xs[:3]):
    ax.annotate(f"$x_{k}$", (xk, J(xk)), xytext=(6, 4),
                textcoords="offset points")
ax.set_xlabel("$x$")
ax.set_ylabel("$J(x)$")
ax.legend()
fig.tight_layout()
plt.show()
