"""A single-layer perceptron, trained full-batch by any Keras optimizer."""
import tensorflow as tf


def train(x, y, optimizer, steps=200):
    """Return the variables [w, b] and the loss before each step."""
    w = tf.Variable(tf.random.normal([x.shape[1], 1], stddev=0.1), name="w")
    b = tf.Variable(tf.zeros([1]), name="b")
    y_col = y.reshape(-1, 1)

    @tf.function
    def step():
        with tf.GradientTape() as tape:
            logits = x @ w + b
            per_sample = tf.nn.sigmoid_cross_entropy_with_logits(
                labels=y_col, logits=logits)
            loss = tf.reduce_mean(per_sample)
        grads = tape.gradient(loss, [w, b])
        optimizer.apply_gradients(zip(grads, [w, b]))
        return loss

    losses = [float(step()) for _ in range(steps)]
    return [w, b], losses
