import keras
from _data import regression_data

keras.utils.set_random_seed(1)
x, y = regression_data()

model = keras.Sequential([keras.Input(shape=(1,)),
                          keras.layers.Dense(1, kernel_initializer="zeros")])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
reduce = keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1,
                                           min_delta=0.002, min_lr=0.01)
history = model.fit(x, y, batch_size=12, epochs=10, verbose=0, callbacks=[reduce])

logs = history.history
for epoch, (lr, loss) in enumerate(zip(logs["learning_rate"], logs["loss"])):
    print(f"epoch {epoch}: loss = {loss:.4f}, learning_rate = {lr:.5f}")
