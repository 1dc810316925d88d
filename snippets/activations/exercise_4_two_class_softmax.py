import numpy as np
import tensorflow as tf

z = tf.constant([[-2.0], [0.0], [0.5], [3.0]])  # four values of one logit, a column
with tf.GradientTape() as tape:
    tape.watch(z)
    two_logits = z * [1.0, 0.0]  # broadcasting: one row [z, 0] per value
    p0 = tf.nn.softmax(two_logits)[:, 0]  # the probability of the first class
grad = tape.gradient(p0, z)[:, 0]

s = tf.nn.sigmoid(z)[:, 0]
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("softmax([z, 0])[0] =", p0.numpy())
    print("sigmoid(z)         =", s.numpy())
    print("d p0 / d z         =", grad.numpy())
    print("sigma (1 - sigma)  =", (s * (1 - s)).numpy())
print("same probabilities:", np.allclose(p0, s),
      " same derivatives:", np.allclose(grad, s * (1 - s)))
