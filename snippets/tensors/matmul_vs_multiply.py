import numpy as np
import tensorflow as tf

a = tf.constant([[1, 2], [3, 4]])
b = tf.constant([[5, 6], [7, 8]])

print("tf.multiply(a, b) =")  # elementwise, the same as a * b
print(tf.multiply(a, b).numpy())
print("tf.matmul(a, b) =")    # matrix product, the same as a @ b
print(tf.matmul(a, b).numpy())
print("a * b is tf.multiply:", np.array_equal(a * b, tf.multiply(a, b)))
print("a @ b is tf.matmul:  ", np.array_equal(a @ b, tf.matmul(a, b)))

# Matrix product by hand: C[i, j] = sum over k of A[i, k] * B[k, j]
A, B = a.numpy(), b.numpy()
C = np.zeros((2, 2), dtype=A.dtype)
for i in range(2):
    for j in range(2):
        for k in range(2):
            C[i, j] += A[i, k] * B[k, j]
print("by hand =")
print(C)
print("by hand equals tf.matmul:", np.array_equal(C, tf.matmul(a, b)))
print(f"C[0, 0] = {A[0, 0]}*{B[0, 0]} + {A[0, 1]}*{B[1, 0]} = {C[0, 0]}")
