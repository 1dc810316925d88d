import keras
import matplotlib.pyplot as plt
import numpy as np
from _blobs import make_blobs
from _perceptron import train

(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std

results = {}
for name, optimizer in [("SGD ", keras.optimizers.SGD(learning_rate=0.5)),
                        ("Adam", keras.optimizers.Adam(learning_rate=0.1))]:
    keras.utils.set_random_seed(1)  # the same starting weights for both
    (w, b), losses = train(x_train, y_train, optimizer, steps=200)
    print(name, "loss at steps 1, 10, 50, 100, 200:",
          np.array(losses)[[0, 9, 49, 99, 199]].round(4))
    logits = (x_test @ w.numpy() + b.numpy())[:, 0]
    p_test = logits > 0  # logit > 0  <=>  p > 0.5
    print(f"     test accuracy {np.mean(p_test == y_test):.3f}")
    results[name.strip()] = losses

fig, ax = plt.subplots(figsize=(6.4, 3.6))
for name, losses in results.items():
    ax.plot(range(1, 201), losses, label=name)
ax.set_xlabel("step (full batch)")
ax.set_ylabel("training loss (BCE)")
ax.set_yscale("log")
ax.legend()
fig.tight_layout()
plt.show()
