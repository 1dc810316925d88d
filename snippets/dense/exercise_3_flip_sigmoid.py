import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, activation="sigmoid")])
# Changed from w = 2, b = -4.5: a negative w makes the curve fall,
# and -b/w = -6 / -2 = 3 moves the 0.5 point to x = 3
model.set_weights([np.array([[-2.0]]), np.array([6.0])])
w, b = model.get_weights()
print("w =", w.ravel(), " b =", b, " -b/w =", -b[0] / w[0, 0])

x = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]], dtype=np.float32)
y_keras = model(x).numpy()
y_numpy = 1 / (1 + np.exp(-(np.dot(x, w) + b)))  # sigmoid by hand
print("   x     Keras    numpy")
for row in np.hstack([x, y_keras, y_numpy]):
    print("{:5.2f} {:8.4f} {:8.4f}".format(*row))
