import keras
import numpy as np
import tensorflow as tf
from _blobs import make_blobs

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
# Both sets are normalised with the TRAINING statistics
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
y_col = y_train[:, None]  # shape (150, 1), like the logits

w = tf.Variable(tf.random.normal([2, 1], stddev=0.1))
b = tf.Variable(tf.zeros([1]))


@tf.function
def step(lr=0.5):  # full-batch gradient descent: all 150 samples per step
    with tf.GradientTape() as tape:
        logits = x_train @ w + b  # z, shape (150, 1)
        per_sample = tf.nn.sigmoid_cross_entropy_with_logits(
            labels=y_col, logits=logits)
        loss = tf.reduce_mean(per_sample)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(lr * dw)
    b.assign_sub(lr * db)
    return loss


for i in range(1, 201):
    loss = step()
    if i in (1, 10, 50, 100, 200):
        print(f"step {i:3d}: loss {float(loss):.4f}")


def accuracy(x, y):
    p = tf.sigmoid(x @ w + b)[:, 0].numpy()  # P(class 1), shape (n,)
    return np.mean((p > 0.5) == y)


print("w =", w.numpy()[:, 0].round(4), " b =", b.numpy().round(4))
print(f"train accuracy {accuracy(x_train, y_train):.3f},"
      f" test accuracy {accuracy(x_test, y_test):.3f}")
