import numpy as np
import tensorflow as tf

labels = tf.constant([0, 2, 1, 2])  # class of each of 4 samples; 3 classes
onehot = tf.one_hot(labels, depth=3)
print("tf.one_hot(labels, depth=3) =")
print(onehot.numpy())
print("shape:", onehot.shape, " dtype:", onehot.dtype)

# By hand: the one-hot vector of class k is row k of the identity matrix
by_hand = np.eye(3, dtype=np.float32)[labels.numpy()]
print("same as np.eye(3)[labels]:", np.array_equal(onehot, by_hand))

# argmax along axis 1 turns one-hot rows back into labels
print("tf.argmax(onehot, axis=1) =", tf.argmax(onehot, axis=1).numpy())
