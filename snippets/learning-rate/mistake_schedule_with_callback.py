import keras
from _data import regression_data

keras.utils.set_random_seed(4)
x, y = regression_data()
schedule = keras.optimizers.schedules.ExponentialDecay(0.1, 10, decay_rate=0.5)
halve = keras.callbacks.LearningRateScheduler(lambda epoch, lr: lr * 0.5)

model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=schedule), loss="mse")
try:
    model.fit(x, y, batch_size=12, epochs=2, verbose=0, callbacks=[halve])
except TypeError as error:
    print("TypeError:", str(error).split(",")[0])

# Fix: one mechanism only, here the schedule (or a float rate plus the callback)
model.fit(x, y, batch_size=12, epochs=2, verbose=0)
rate = float(model.optimizer.learning_rate)
print("rate after 2 epochs with the schedule alone:", round(rate, 5))
