import warnings

import keras

Dense = keras.layers.Dense


def create(make):
    """Call make(); return what it made and the warnings it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        made = make()
    return made, caught


def kinds(caught):
    return [w.category.__name__ for w in caught]


# A Keras 2 habit: the input shape given to the first layer
old, said = create(lambda: keras.Sequential([Dense(3, input_shape=(2,))]))
print(f"{kinds(said)[0]}: {str(said[0].message)[:55]}...")
print("in Sequential:", kinds(said), "| built:", old.built)
lone, said = create(lambda: Dense(3, input_shape=(2,)))
print("a lone layer: ", kinds(said), "| built:", lone.built)
# In a functional model the real input decides; input_shape=(2,) is ignored
layer, said = create(lambda: Dense(3, input_shape=(2,)))
layer(keras.Input(shape=(4,)))
print("functional:   ", kinds(said), "| kernel:", tuple(layer.kernel.shape))

# Fix: say what the input is with keras.Input
model, said = create(lambda: keras.Sequential([keras.Input(shape=(2,)), Dense(3)]))
kernel = tuple(model.layers[0].kernel.shape)
print("keras.Input:  ", kinds(said), "| built:", model.built, "| kernel:", kernel)
