import keras
import numpy as np
import tensorflow as tf

logits = np.array([[2.0, 1.0, 0.1],
                   [1.0, 3.0, -1.0]], dtype=np.float32)  # 2 samples, 3 classes

# By hand: softmax(z)_k = e^(z_k) / sum_j e^(z_j), row by row
exps = np.exp(logits)
by_hand = exps / exps.sum(axis=1, keepdims=True)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("e^z =")
    print(exps)
    print("softmax by hand =")
    print(by_hand)

    by_tf = tf.nn.softmax(logits)
    by_keras = keras.activations.softmax(logits)
    print("tf.nn.softmax agrees:", np.allclose(by_hand, by_tf))
    print("keras.activations.softmax agrees:", np.allclose(by_hand, by_keras))
    print("row sums:", by_tf.numpy().sum(axis=1))
    print("argmax of logits:", np.argmax(logits, axis=1),
          " argmax of softmax:", np.argmax(by_tf, axis=1))
