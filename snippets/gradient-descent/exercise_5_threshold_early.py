import keras
import numpy as np
from _blobs import make_blobs
from _perceptron import train

(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std

for steps in [10, 200]:
    keras.utils.set_random_seed(1)  # the same start for both
    (w, b), _ = train(x_train, y_train, keras.optimizers.SGD(learning_rate=0.5),
                      steps=steps)
    z = (x_train @ w.numpy() + b.numpy())[:, 0]  # logits of the training set
    changed = int(np.sum((z > 0.5) != (z > 0)))  # those with 0 < z <= 0.5
    print(f"after {steps:3d} steps: w = {w.numpy()[:, 0].round(4)},"
          f" training applicants whose class changes: {changed}")
