import keras
from _data import regression_data

keras.utils.set_random_seed(5)
x, y = regression_data()
schedule = keras.optimizers.schedules.ExponentialDecay(
    0.1, decay_steps=10, decay_rate=0.5, staircase=True)
optimizer = keras.optimizers.SGD(learning_rate=schedule)
model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, kernel_initializer="zeros")])
model.compile(optimizer=optimizer, loss="mse")
model.fit(x, y, batch_size=12, epochs=3, verbose=0)

steps = int(optimizer.iterations.numpy())
print("optimizer steps after 3 epochs:", steps)          # 3 epochs * 120 / 12
print("rate of the next step:", round(float(optimizer.learning_rate), 6))
print("0.1 * 0.5 ** (steps // 10) =", 0.1 * 0.5 ** (steps // 10))
