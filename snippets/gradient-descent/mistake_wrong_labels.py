import keras
import numpy as np
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
(w, b), _ = train(x_train, y_train, keras.optimizers.Adam(learning_rate=0.1))

pred_test = (x_test @ w.numpy() + b.numpy())[:, 0] > 0
# y_train[:50] are the labels of OTHER samples
wrong = np.mean(pred_test == y_train[: len(pred_test)])
right = np.mean(pred_test == y_test)
print(f"test predictions vs y_train[:50]: accuracy {wrong:.3f}")
print(f"test predictions vs y_test:       accuracy {right:.3f}")

try:
    np.mean(pred_test == y_train)  # without the slice the shapes clash
except ValueError as err:
    print("without [:50]:", type(err).__name__)
