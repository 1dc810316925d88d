import keras
import numpy as np
from _data import regression_data

x, y = regression_data()
batch_size, epochs = 12, 4
steps_per_epoch = len(x) // batch_size        # 10 optimizer steps per epoch


def train(learning_rate, callbacks):
    keras.utils.set_random_seed(6)              # the same batches in both runs
    model = keras.Sequential([keras.Input(shape=(1,)),
                              keras.layers.Dense(1, kernel_initializer="zeros")])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate), loss="mse")
    history = model.fit(x, y, batch_size=batch_size, epochs=epochs, verbose=0,
                        callbacks=callbacks)
    return model.get_weights(), history.history["loss"]


# 1) A staircase schedule that halves the rate every epoch, counted in steps
stairs = keras.optimizers.schedules.ExponentialDecay(
    0.1, decay_steps=steps_per_epoch, decay_rate=0.5, staircase=True)
weights_a, loss_a = train(stairs, [])
# 2) A plain rate, set by a callback at the start of each epoch (counted from 0)
halve = keras.callbacks.LearningRateScheduler(lambda epoch, lr: 0.1 * 0.5**epoch)
weights_b, loss_b = train(0.1, [halve])

print("losses, schedule:", np.round(loss_a, 4))
print("losses, callback:", np.round(loss_b, 4))
print("same weights:", all(np.allclose(a, b) for a, b in zip(weights_a, weights_b)))
