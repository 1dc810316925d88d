import keras
import numpy as np


def classifier(last_activation, logits):
    model = keras.Sequential([keras.Input(shape=(1,)),
                              keras.layers.Dense(3, activation=last_activation),
                              keras.layers.Softmax()])
    model.layers[0].set_weights([np.array([logits]), np.zeros(3)])
    return model

x = np.array([[1.0]])
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    for logits in ([6.0, 1.0, -2.0], [60.0, 10.0, -20.0]):  # the second: 10 times
        print("logits z =", logits)
        print("  softmax(z)          =", classifier(None, logits)(x).numpy())
        print("  softmax(sigmoid(z)) =", classifier("sigmoid", logits)(x).numpy())
