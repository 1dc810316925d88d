import numpy as np
import tensorflow as tf

votes = tf.constant([1, 2, 2])  # int32

print("tf.reduce_mean(votes)           =", tf.reduce_mean(votes).numpy())  # stays int32
print("mean after tf.cast(tf.float32)  =", tf.reduce_mean(tf.cast(votes, tf.float32)).numpy())
print("np.mean(votes.numpy())          =", np.mean(votes.numpy()))  # numpy returns float64
