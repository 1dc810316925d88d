import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[0.0, 1.0, 0.0],
                      [0.0, 0.0, 1.0]])
logits = tf.constant([[1.0, 4.0, -2.0],
                      [0.5, 2.5, 0.3]])

# Way 1: give Keras the logits and say so
cce = keras.losses.categorical_crossentropy
from_logits = cce(y_true, logits, from_logits=True)
# Way 2: apply softmax yourself, then the probability version
probs = tf.nn.softmax(logits)
from_probs = cce(y_true, probs)
# By hand: log softmax(z)_k = z_k - log(sum_j e^(z_j))
log_softmax = logits - tf.reduce_logsumexp(logits, axis=-1, keepdims=True)
by_hand = -tf.reduce_sum(y_true * log_softmax, axis=-1)

with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("softmax(logits) =")
    print(probs.numpy())
    print("from_logits=True   :", from_logits.numpy())
    print("softmax, then CCE  :", from_probs.numpy())
    print("by hand (log-softmax):", by_hand.numpy())
    mean = keras.losses.CategoricalCrossentropy(from_logits=True)(y_true, logits)
    print("CategoricalCrossentropy(from_logits=True):", round(float(mean), 4))
    print("all agree:", np.allclose(from_logits, from_probs)
          and np.allclose(from_logits, by_hand))
