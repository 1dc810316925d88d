import keras
import numpy as np
import tensorflow as tf
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
(w, b), _ = train(x_train, y_train, keras.optimizers.Adam(learning_rate=0.1))

pred = tf.sigmoid(x_test @ w + b).numpy()  # like model.predict: shape (50, 1)
print("pred.shape:", pred.shape, " y_test.shape:", y_test.shape)

wrong = pred[0] > 0.5           # row 0: ONE prediction, shape (1,)
print("pred[0] > 0.5    shape", wrong.shape,
      " accuracy", np.mean(wrong == y_test))
also_wrong = pred > 0.5         # (50, 1) == (50,) broadcasts to (50, 50)
print("pred > 0.5       shape", (also_wrong == y_test).shape,
      " accuracy", round(float(np.mean(also_wrong == y_test)), 4))
right = pred[:, 0] > 0.5        # column 0: every prediction, shape (50,)
print("pred[:, 0] > 0.5 shape", right.shape,
      " accuracy", np.mean(right == y_test))
