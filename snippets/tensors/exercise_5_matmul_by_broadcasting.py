import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0]])  # shape (2, 3): indices i, k
b = tf.constant([[1.0, 0.0],
                 [0.0, 1.0],
                 [2.0, 3.0]])       # shape (3, 2): indices k, j

# (2, 3, 1) * (1, 3, 2) -> (2, 3, 2): products[i, k, j] = a[i, k] * b[k, j]
products = a[:, :, None] * b[None, :, :]
print("products.shape =", products.shape)

by_broadcasting = tf.reduce_sum(products, axis=1)  # sum over k, the middle axis
print("sum over axis 1 =")
print(by_broadcasting.numpy())
print("tf.matmul(a, b) =")
print(tf.matmul(a, b).numpy())
print("equal:", np.allclose(by_broadcasting, tf.matmul(a, b)))
