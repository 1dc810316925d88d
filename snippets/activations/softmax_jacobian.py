import numpy as np
import tensorflow as tf

z = tf.constant([2.0, 1.0, 0.1])  # the first sample's logits from softmax.py

with tf.GradientTape() as tape:
    tape.watch(z)  # z is a constant: ask the tape to record what is done with it
    p = tf.nn.softmax(z)
jac = tape.jacobian(p, z)  # jac[k, j] = d p_k / d z_j, a 3 x 3 matrix

# By hand: d p_k / d z_j = p_k (delta_kj - p_j), i.e. diag(p) - p p^T
pn = p.numpy()
by_hand = np.diag(pn) - np.outer(pn, pn)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("p =", pn)
    print("Jacobian from the tape =")
    print(jac.numpy())
    print("p_k (1 - p_k) =", pn * (1 - pn))
print("tape agrees with diag(p) - p p^T:", np.allclose(jac, by_hand, atol=1e-7))
print("every column sums to 0:", np.allclose(jac.numpy().sum(axis=0), 0, atol=1e-7))
