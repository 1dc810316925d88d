import sys

import tensorflow as tf
from _linreg_data import make_data

x, y = make_data()
w, b = tf.Variable(0.0), tf.Variable(0.0)


@tf.function
def train_step(xb, yb, lr=0.1):
    print("Python print: tracing for xb of shape", xb.shape)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((w * xb + b - yb) ** 2)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(lr * dw)
    b.assign_sub(lr * db)
    tf.print("tf.print: a batch of", tf.shape(xb)[0], "rows",
             output_stream=sys.stdout)
    return loss


start = 0
for size in [4, 4, 3, 4, 3]:
    train_step(x[start:start + size], y[start:start + size])
    start += size
print("traces:", train_step.experimental_get_tracing_count())
