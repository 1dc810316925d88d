import tensorflow as tf

a = tf.reshape(tf.range(6.0), [2, 3])  # [[0. 1. 2.] [3. 4. 5.]], shape (2, 3)

print("a[1]                          ", a[1].shape)
print("a[:, 1:2]                     ", a[:, 1:2].shape)
print("tf.reduce_mean(a, axis=0)     ", tf.reduce_mean(a, axis=0).shape)
print("a - tf.reduce_mean(a, axis=0) ", (a - tf.reduce_mean(a, axis=0)).shape)
print("tf.stack([a, a], axis=1)      ", tf.stack([a, a], axis=1).shape)
try:
    a - tf.reduce_mean(a, axis=1)  # (2, 3) with (2,): 3 against 2 on the last axis
except tf.errors.InvalidArgumentError as err:
    print("a - tf.reduce_mean(a, axis=1) ", type(err).__name__)
