import keras
import numpy as np
import tensorflow as tf

y_true = np.array([1.0, 0.0, 1.0, 0.0], dtype=np.float32)
y_prob = np.array([0.9, 0.2, 0.7, 0.1], dtype=np.float32)  # good predictions
logits = np.log(y_prob / (1 - y_prob))  # the same predictions, as logits

bce = keras.losses.BinaryCrossentropy()        # expects (y_true, y_pred)
print("keras, (y_true, y_pred): %.4f" % float(bce(y_true, y_prob)))
print("keras, (y_pred, y_true): %.4f" % float(bce(y_prob, y_true)))

# Positional arguments make the swap silent; keywords make it impossible
swapped = tf.nn.sigmoid_cross_entropy_with_logits(logits, y_true)
right = tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=logits)
print("tf.nn, positional (logits, labels):", swapped.numpy().round(4))
print("tf.nn, labels=..., logits=...:     ", right.numpy().round(4))
