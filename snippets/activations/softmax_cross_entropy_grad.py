import numpy as np
import tensorflow as tf

z = tf.constant([[2.0, 1.0, 0.1],
                 [1.0, 3.0, -1.0]])  # the logits of softmax.py: 2 samples, 3 classes
y = tf.constant([[0.0, 1.0, 0.0],
                 [0.0, 1.0, 0.0]])   # one-hot labels: both samples are class 1

with tf.GradientTape() as tape:
    tape.watch(z)
    p = tf.nn.softmax(z)
    ce = -tf.reduce_sum(y * tf.math.log(p), axis=1)  # one loss per sample
grad = tape.gradient(ce, z)  # row i: d ce_i / d z_i (ce_i depends on row i only)

with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("cross-entropy per sample =", ce.numpy())
    print("gradient from the tape =")
    print(grad.numpy())
    print("p - y =")
    print((p - y).numpy())
print("tape agrees with p - y:", np.allclose(grad, p - y, atol=1e-6))
