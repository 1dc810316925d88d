import numpy as np
import tensorflow as tf

a = tf.constant([[1, 2, 3],
                 [4, 5, 6]])     # shape (2, 3)
b = tf.constant([[7, 8, 9],
                 [10, 11, 12]])  # shape (2, 3)

# concat joins along an axis that already exists: that axis gets longer
print("tf.concat([a, b], axis=0).shape =", tf.concat([a, b], axis=0).shape)
print("tf.concat([a, b], axis=1) =")
print(tf.concat([a, b], axis=1).numpy())

# stack puts tensors of the same shape side by side along a NEW axis
x1 = tf.constant([1, 2, 3])
x2 = tf.constant([10, 20, 30])
print("tf.stack([x1, x2], axis=0) =")  # each vector becomes a row
print(tf.stack([x1, x2], axis=0).numpy())
print("tf.stack([x1, x2], axis=1) =")  # each vector becomes a column
print(tf.stack([x1, x2], axis=1).numpy())
print("tf.stack([a, b]).shape =", tf.stack([a, b]).shape)

# numpy has the same two functions: np.concatenate and np.stack
print("same as numpy:",
      np.array_equal(tf.concat([a, b], axis=1), np.concatenate([a, b], axis=1)),
      np.array_equal(tf.stack([x1, x2], axis=1), np.stack([x1, x2], axis=1)))
