import numpy as np
import tensorflow as tf

x = tf.range(6)  # [0 1 2 3 4 5], shape (6,)
print("x =", x.numpy())

m = tf.reshape(x, [2, 3])  # fills row by row
print("tf.reshape(x, [2, 3]) =")
print(m.numpy())
print("tf.reshape(x, [3, 2]) =")
print(tf.reshape(x, [3, 2]).numpy())

# -1 means "whatever size makes the element count work"
print("tf.reshape(x, [3, -1]).shape =", tf.reshape(x, [3, -1]).shape)
print("tf.reshape(m, [-1]) =", tf.reshape(m, [-1]).numpy())

# numpy's reshape uses the same row-by-row order
print("same as numpy:", np.array_equal(tf.reshape(x, [3, 2]), np.arange(6).reshape(3, 2)))
