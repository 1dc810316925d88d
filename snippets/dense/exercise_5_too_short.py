import keras
import numpy as np
from _coffee import load_coffee

X, y = load_coffee()  # raw temperature and duration, not normalized
neuron = keras.layers.Dense(1, activation="sigmoid")
neuron.build((None, 2))
# z = 0 * t - 10 * d + 120 is positive exactly when d < 12
W = np.array([[0.0],      # row 0 multiplies the temperature: ignore it
              [-10.0]])   # row 1 multiplies the duration
neuron.set_weights([W, np.array([120.0])])

a = neuron(X).numpy()[:, 0]
short = X[:, 1] < 12
print("roasts shorter than 12 min:", short.sum())
print("neuron output > 0.5:       ", (a > 0.5).sum())
print("the same roasts:", np.array_equal(a > 0.5, short))
print("good roasts among them:", int(y[short].sum()))
with np.printoptions(precision=3, suppress=True):
    for d in [11.6, 11.9, 12.1, 12.5]:
        print(f"d = {d}:", neuron(np.array([[200.0, d]])).numpy()[0])
