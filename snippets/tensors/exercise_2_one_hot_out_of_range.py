import tensorflow as tf

labels = tf.constant([0, 2, 1, 3])  # the last label is 3, but depth is still 3
onehot = tf.one_hot(labels, depth=3)
print("tf.one_hot(labels, depth=3) =")
print(onehot.numpy())
print("tf.argmax(onehot, axis=1) =", tf.argmax(onehot, axis=1).numpy())

# A one-hot row adds up to 1; the row of the bad label adds up to 0
print("row sums:", tf.reduce_sum(onehot, axis=1).numpy())
print("largest label < depth:", bool(tf.reduce_max(labels) < 3))
