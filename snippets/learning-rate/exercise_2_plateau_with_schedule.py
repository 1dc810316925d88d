import keras
from _data import regression_data

keras.utils.set_random_seed(4)
x, y = regression_data()
schedule = keras.optimizers.schedules.ExponentialDecay(0.1, 10, decay_rate=0.5)
reduce = keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1,
                                           min_delta=0.002)
losses = []
record = keras.callbacks.LambdaCallback(   # runs before `reduce` at each epoch's end
    on_epoch_end=lambda epoch, logs: losses.append(round(logs["loss"], 4)))

model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, kernel_initializer="zeros")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=schedule), loss="mse")
try:
    model.fit(x, y, batch_size=12, epochs=10, verbose=0, callbacks=[record, reduce])
except TypeError as error:
    print("TypeError:", str(error).split(",")[0])
print("epochs trained before the error:", len(losses))
print("their losses:", losses)
