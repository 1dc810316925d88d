import keras
import numpy as np
import tensorflow as tf

z = tf.constant([-3.0, -1.0, 0.0, 0.5, 2.0])

by_tf = tf.nn.relu(z)
print("tf.nn.relu(z)          =", by_tf.numpy())

# By hand: ReLU(z) = max(0, z)
by_hand = np.maximum(0.0, z.numpy())
print("by hand max(0, z)      =", by_hand)
print("keras.activations.relu =", keras.activations.relu(z).numpy())
print("by hand agrees with tf.nn:", np.array_equal(by_hand, by_tf))
