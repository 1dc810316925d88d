import numpy as np
import tensorflow as tf

m = tf.constant([[1, 2, 3],
                 [4, 5, 6]])  # shape (2, 3)

reshaped = tf.reshape(m, [3, 2])  # same element order, new shape
transposed = tf.transpose(m)      # rows become columns
print("tf.reshape(m, [3, 2]) =")
print(reshaped.numpy())
print("tf.transpose(m) =")
print(transposed.numpy())
print("same shape:", reshaped.shape == transposed.shape)
print("same values:", np.array_equal(reshaped, transposed))
