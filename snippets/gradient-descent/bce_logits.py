import keras
import numpy as np
import tensorflow as tf

labels = np.array([1.0, 0.0, 1.0, 0.0], dtype=np.float32)
logits = np.array([2.0, -1.0, -0.5, 3.0], dtype=np.float32)  # z = x w + b

tf_loss = tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits)
p = 1 / (1 + np.exp(-logits))                                # sigmoid
by_hand = -(labels * np.log(p) + (1 - labels) * np.log(1 - p))
print("p = sigmoid(z):          ", p.round(4))
print("tf.nn (one per sample):  ", tf_loss.numpy().round(4))
print("by hand:                 ", by_hand.round(4))

keras_loss = keras.losses.BinaryCrossentropy(from_logits=True)(labels, logits)
print("mean, tf.nn:   %.4f" % float(tf.reduce_mean(tf_loss)))
print("mean, keras:   %.4f" % float(keras_loss))
print("agree:", np.allclose(tf_loss, by_hand),
      np.isclose(keras_loss, by_hand.mean()))
