import keras
import numpy as np
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
(w, b), _ = train((x_train - mean) / std, y_train,
                  keras.optimizers.Adam(learning_rate=0.1))


def accuracy(x, y):
    logits = (x @ w.numpy() + b.numpy())[:, 0]
    return np.mean((logits > 0) == y)


x_test_n = (x_test - mean) / std
print("first test rows, raw:       ", x_test[:2].ravel().round(2))
print("first test rows, normalised:", x_test_n[:2].ravel().round(2))
acc_raw, acc_norm = accuracy(x_test, y_test), accuracy(x_test_n, y_test)
print(f"wrong: raw test data          accuracy {acc_raw:.3f}")
print(f"right: (x_test - mean) / std  accuracy {acc_norm:.3f}")
print(f"share of class 1 in the test set: {y_test.mean():.3f}")
