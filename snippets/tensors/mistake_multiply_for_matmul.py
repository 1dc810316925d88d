import tensorflow as tf

x = tf.constant([[1.0, 2.0],
                 [3.0, 4.0],
                 [5.0, 6.0]])   # 3 samples, 2 features each
w = tf.constant([0.5, -1.0])    # one weight per feature

wrong = x * w  # elementwise with broadcasting: runs, but is not x times w
print("x * w has shape", wrong.shape)
print(wrong.numpy())

right = tf.matmul(x, tf.reshape(w, [2, 1]))  # (3, 2) @ (2, 1) -> (3, 1)
print("tf.matmul has shape", right.shape)
print(right.numpy())

# The matrix product multiplies AND sums over the shared axis
print("x * w summed over axis 1:", tf.reduce_sum(wrong, axis=1).numpy())
