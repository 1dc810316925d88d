import keras
import numpy as np
import tensorflow as tf

z = tf.constant([-3.0, -1.0, 0.0, 0.5, 2.0])

by_tf = tf.nn.tanh(z)
print("tf.nn.tanh(z) =", by_tf.numpy())

# By hand: tanh(z) = (e^z - e^(-z)) / (e^z + e^(-z))
zn = z.numpy()
by_hand = (np.exp(zn) - np.exp(-zn)) / (np.exp(zn) + np.exp(-zn))
print("by hand               =", by_hand)
print("keras.activations.tanh =", keras.activations.tanh(z).numpy())

# tanh is a sigmoid stretched to (-1, 1): tanh(z) = 2 sigma(2z) - 1
from_sigmoid = 2 * tf.nn.sigmoid(2 * z) - 1
print("by hand agrees with tf.nn:", np.allclose(by_hand, by_tf))
print("2*sigmoid(2z) - 1 agrees:", np.allclose(from_sigmoid, by_tf, atol=1e-6))
