import numpy as np
import tensorflow as tf

tf.random.set_seed(42)  # global seed: the whole sequence below is reproducible

first = tf.random.normal([2, 3])   # mean 0, standard deviation 1
second = tf.random.normal([2, 3])  # the next draw gives new numbers
print("first draw:")
print(first.numpy())
print("second draw:")
print(second.numpy())

tf.random.set_seed(42)  # reset the seed...
again = tf.random.normal([2, 3])
print("after resetting the seed, equal to the first draw:", np.array_equal(again, first))

# other means and spreads
print("mean=5, stddev=2:", tf.random.normal([4], mean=5.0, stddev=2.0).numpy())
