import warnings

import keras

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    # A Keras 2 habit: the input shape given to the first layer
    old_style = keras.Sequential([keras.layers.Dense(3, input_shape=(2,))])
    lone = keras.layers.Dense(3, input_shape=(2,))
for w in caught:
    print(f"{w.category.__name__}: {str(w.message)[:53]}...")
print("Sequential with input_shape= still builds:", old_style.built)
# Outside a Sequential model the argument does nothing: the layer stays unbuilt
print("a lone Dense(3, input_shape=(2,)) is built:", lone.built)

# Fix: say what the input is with keras.Input
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(3)])
kernel = model.layers[0].kernel
print("with keras.Input, built:", model.built, "| kernel:", tuple(kernel.shape))
