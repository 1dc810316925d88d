import keras
import numpy as np
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_held, y_held) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_held = (x_train - mean) / std, (x_held - mean) / std
(w, b), _ = train(x_train, y_train, keras.optimizers.Adam(learning_rate=0.1))
# The 50 held-out rows: a validation set (for choices during development)
# and a test set (for the final score), of the same size
x_val, y_val = x_held[:25], y_held[:25]
x_test, y_test = x_held[25:], y_held[25:]
print("y_val:", y_val.shape, " y_test:", y_test.shape)

pred_test = (x_test @ w.numpy() + b.numpy())[:, 0] > 0
wrong = np.mean(pred_test == y_val)  # same length: nothing complains
right = np.mean(pred_test == y_test)
print(f"test predictions vs y_val:  accuracy {wrong:.3f}")
print(f"test predictions vs y_test: accuracy {right:.3f}")

try:
    np.mean(pred_test == y_train)  # 25 vs 150 rows: the shapes clash
except ValueError as err:
    print("test predictions vs y_train:", type(err).__name__)
