import keras
import numpy as np

# KL divergence: how far a predicted distribution is from a target distribution
y_soft = np.array([[0.7, 0.2, 0.1]])  # a soft target, not one-hot
p = np.array([[0.5, 0.3, 0.2]])
cross_entropy = -np.sum(y_soft * np.log(p))
entropy = -np.sum(y_soft * np.log(y_soft))  # the target's own entropy
kl = float(keras.losses.kl_divergence(y_soft, p)[0])
print(f"cross-entropy {cross_entropy:.4f} - entropy {entropy:.4f} = "
      f"{cross_entropy - entropy:.4f}; kl_divergence = {kl:.4f}")
# A one-hot target has entropy 0, so there KL divergence = cross-entropy
one_hot = np.array([[1.0, 0.0, 0.0]])
kl_1 = float(keras.losses.kl_divergence(one_hot, p)[0])
cce_1 = float(keras.losses.categorical_crossentropy(one_hot, p)[0])
print(f"one-hot target: kl_divergence {kl_1:.4f}, "
      f"categorical_crossentropy {cce_1:.4f}")

# Hinge: labels -1 / +1 and a raw score z per sample: max(0, 1 - y z)
y_pm = np.array([[1.0], [-1.0], [1.0], [-1.0]])
z = np.array([[2.0], [-0.5], [0.3], [1.2]])
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("hinge by hand =", np.maximum(0.0, 1.0 - y_pm * z)[:, 0])
    print("keras.losses.hinge =", np.asarray(keras.losses.hinge(y_pm, z)))
    y01 = (y_pm + 1) / 2  # the same labels as 0 / 1: Keras turns them into -1 / +1
    print("with 0/1 labels   =", np.asarray(keras.losses.hinge(y01, z)))
