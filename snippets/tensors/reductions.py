import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0]])  # shape (2, 3)

print("tf.reduce_sum(a)          =", tf.reduce_sum(a).numpy())           # every element
print("tf.reduce_sum(a, axis=0)  =", tf.reduce_sum(a, axis=0).numpy())   # axis 0 disappears
print("tf.reduce_sum(a, axis=1)  =", tf.reduce_sum(a, axis=1).numpy())   # axis 1 disappears
print("tf.reduce_mean(a, axis=0) =", tf.reduce_mean(a, axis=0).numpy())
print("tf.reduce_max(a, axis=1)  =", tf.reduce_max(a, axis=1).numpy())

# keepdims=True keeps the reduced axis with length 1, ready for broadcasting
row_means = tf.reduce_mean(a, axis=1, keepdims=True)
print("row_means.shape =", row_means.shape)
print("a - row_means =")
print((a - row_means).numpy())

# numpy counts axes the same way
print("same as numpy:", np.allclose(tf.reduce_sum(a, axis=0), a.numpy().sum(axis=0)))
