import warnings

import keras

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_style = keras.Sequential([
        keras.layers.Dense(3, input_shape=(2,)),  # a Keras 2 habit
        keras.layers.Dense(1)])
for w in caught:
    print(w.category.__name__ + ":", str(w.message).split(".")[0])
print("old style params:", old_style.count_params())

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    new_style = keras.Sequential([
        keras.Input(shape=(2,)),  # Keras 3: an Input first
        keras.layers.Dense(3),
        keras.layers.Dense(1)])
print("with keras.Input:", len(caught), "warnings, params:",
      new_style.count_params())
