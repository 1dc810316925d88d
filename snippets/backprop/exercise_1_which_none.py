import tensorflow as tf

sources = {
    "tf.Variable(3.0)": tf.Variable(3.0),
    "tf.Variable(3.0, trainable=False)": tf.Variable(3.0, trainable=False),
    "tf.constant(3.0)": tf.constant(3.0),
    "tf.Variable(3)": tf.Variable(3),
}
for name, v in sources.items():
    with tf.GradientTape() as tape:  # no tape.watch anywhere
        square = v * v
    grad = tape.gradient(square, v)
    print(f"{name:34s} ->", None if grad is None else grad.numpy())
