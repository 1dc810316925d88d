import keras
from _data import regression_data

x, y = regression_data()
batch_size = 12
steps_per_epoch = len(x) // batch_size      # 120 / 12 = 10 optimizer steps


def train(decay_steps):
    keras.utils.set_random_seed(3)
    schedule = keras.optimizers.schedules.ExponentialDecay(
        0.02, decay_steps=decay_steps, decay_rate=0.5, staircase=True)
    model = keras.Sequential([keras.Input(shape=(1,)),
                              keras.layers.Dense(1, kernel_initializer="zeros")])
    optimizer = keras.optimizers.SGD(learning_rate=schedule)
    model.compile(optimizer=optimizer, loss="mse")
    rates = []
    record = keras.callbacks.LambdaCallback(   # the rate at the end of each epoch
        on_epoch_end=lambda epoch, logs: rates.append(float(optimizer.learning_rate)))
    history = model.fit(x, y, batch_size=batch_size, epochs=4, verbose=0,
                        callbacks=[record])
    print(f"decay_steps={decay_steps}: rate after each epoch",
          [f"{r:.2g}" for r in rates])
    print("  loss after each epoch", [f"{v:.4f}" for v in history.history["loss"]])


train(decay_steps=2)                    # meant "halve every 2 epochs": counts steps
train(decay_steps=2 * steps_per_epoch)  # the fix: 2 epochs = 20 steps
