import numpy as np
import tensorflow as tf

X = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0]])                 # 2 samples, 3 features
W = tf.constant([[1.0, 0.0],
                 [0.0, 1.0],
                 [1.0, 1.0]])                      # 3 inputs -> 2 units

try:
    X * W                                  # elementwise: (2, 3) and (3, 2)
except tf.errors.InvalidArgumentError as error:
    print("X * W:", type(error).__name__)
print("X @ W =")
print((X @ W).numpy())

# With a square weight matrix the same mistake runs and gives wrong numbers
V = tf.constant([[1.0, 2.0],
                 [3.0, 4.0]])
Z = X[:, :2]                                       # 2 samples, 2 features
print("Z * V (no error, wrong) =")
print((Z * V).numpy())
print("tf.matmul(Z, V) =")
print(tf.matmul(Z, V).numpy())
print("equal:", np.array_equal(Z * V, tf.matmul(Z, V)))
