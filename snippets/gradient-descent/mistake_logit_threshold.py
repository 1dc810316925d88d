import keras
import numpy as np
from _blobs import make_blobs
from _perceptron import train

keras.utils.set_random_seed(1)
(x_train, y_train), (x_test, y_test) = make_blobs()
mean, std = x_train.mean(axis=0), x_train.std(axis=0)
x_train, x_test = (x_train - mean) / std, (x_test - mean) / std
# The model of perceptron_sgd.py: plain gradient descent, 200 steps
(w, b), _ = train(x_train, y_train, keras.optimizers.SGD(learning_rate=0.5))

z = (x_test @ w.numpy() + b.numpy())[:, 0]  # logits: any real number
wrong = z > 0.5       # a probability threshold applied to logits
right = z > 0         # z > 0  <=>  p = sigmoid(z) > 0.5
print(f"logit 0.5 means p = sigmoid(0.5) = {1 / (1 + np.exp(-0.5)):.4f}")
print("test applicants whose class changes:", int(np.sum(wrong != right)))
print(f"test accuracy: z > 0.5 gives {np.mean(wrong == y_test):.3f},"
      f" z > 0 gives {np.mean(right == y_test):.3f}")
# The line z = 0.5 is parallel to the boundary z = 0, moved along exam 2 by
# 0.5 / w2 normalised units, that is 0.5 / w2 * std2 exam-2 points
shift = 0.5 / w.numpy()[1, 0] * std[1]
print(f"the line z = 0.5 runs {shift:.2f} exam-2 points above the boundary")
