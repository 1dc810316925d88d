import numpy as np
import tensorflow as tf

v = tf.constant([1.0, 2.0, 4.0])      # shape (3,)
col = tf.expand_dims(v, axis=1)       # a new axis of length 1 at position 1
row = tf.expand_dims(v, axis=0)       # ... or at position 0
print("v.shape:", v.shape, " axis=1:", col.shape, " axis=0:", row.shape)

# Indexing with None (also written tf.newaxis) inserts the same axis
print("v[:, None].shape =", v[:, None].shape, "  numpy:", v.numpy()[:, None].shape)

# A length-1 axis is what broadcasting stretches: every difference v_i - v_j
print("col - v =")  # (3, 1) with (3,) -> (3, 3)
print((col - v).numpy())

# squeeze removes axes of length 1: all of them, or only the one you name
x = tf.zeros([1, 3, 1])
print("tf.squeeze(x).shape         =", tf.squeeze(x).shape)
print("tf.squeeze(x, axis=2).shape =", tf.squeeze(x, axis=2).shape)
print("tf.squeeze(col) equals v:", np.array_equal(tf.squeeze(col), v))
