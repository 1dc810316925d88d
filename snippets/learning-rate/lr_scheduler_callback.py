import keras
from _data import regression_data

keras.utils.set_random_seed(1)
x, y = regression_data()


def halve_after_two(epoch, lr):
    """Called before each epoch with the current rate; returns this epoch's rate."""
    return lr if epoch < 2 else lr * 0.5


model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, kernel_initializer="zeros")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
scheduler = keras.callbacks.LearningRateScheduler(halve_after_two)
history = model.fit(x, y, batch_size=12, epochs=6, verbose=0, callbacks=[scheduler])

logs = history.history
for epoch, (lr, loss) in enumerate(zip(logs["learning_rate"], logs["loss"])):
    print(f"epoch {epoch}: learning_rate = {lr:.5f}, loss = {loss:.4f}")
w, b = model.get_weights()
print(f"w = {w[0, 0]:.3f}, b = {b[0]:.3f}")
