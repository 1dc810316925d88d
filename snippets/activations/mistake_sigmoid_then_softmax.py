import keras
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf


def classifier(last_activation):
    model = keras.Sequential([keras.Input(shape=(1,)),
                              keras.layers.Dense(3, activation=last_activation),
                              keras.layers.Softmax()])
    model.layers[0].set_weights([np.array([[6.0, 1.0, -2.0]]), np.zeros(3)])
    return model

x = np.array([[1.0]])                      # logits z = x W + b = [6, 1, -2]
wrong = classifier("sigmoid")(x).numpy()   # sigmoid, then softmax: twice
right = classifier(None)(x).numpy()        # logits, then softmax once
by_hand = tf.nn.softmax(tf.nn.sigmoid([[6.0, 1.0, -2.0]]))
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("softmax(sigmoid(z)) =", wrong, " sum:", wrong.sum().round(4))
    print("softmax(z)          =", right, " sum:", right.sum().round(4))
    print("by hand, softmax(sigmoid(z)):", by_hand.numpy())

# sigmoid outputs lie in (0, 1): with 3 classes no class gets more than e / (e + 2)
print("upper bound e/(e+2) =", round(float(np.e / (np.e + 2)), 4))

fig, ax = plt.subplots(figsize=(6.4, 3.6))
pos = np.arange(3)
ax.bar(pos - 0.2, right[0], width=0.4, label="softmax(z)  (right)")
ax.bar(pos + 0.2, wrong[0], width=0.4, label="softmax(sigmoid(z))  (wrong)")
ax.axhline(np.e / (np.e + 2), color="gray", ls="--", lw=1, label="$e/(e+2)$")
ax.set_xticks(pos, ["class 0", "class 1", "class 2"])
ax.set_ylabel("predicted probability")
ax.set_ylim(0, 1.05)
ax.legend(loc="upper right")
fig.tight_layout()
plt.show()
