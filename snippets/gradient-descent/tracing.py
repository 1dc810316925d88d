import sys

import tensorflow as tf
from _linreg_data import make_data

x, y = make_data()
w, b = tf.Variable(0.0), tf.Variable(0.0)


@tf.function
def train_step(xb, yb, lr=0.1):
    # Python print: runs only while tracing
    print("Python print: tracing with xb of shape", xb.shape)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((w * xb + b - yb) ** 2)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(lr * dw)
    b.assign_sub(lr * db)
    tf.print("tf.print: loss =", loss, output_stream=sys.stdout)  # every call
    return loss


for start in range(0, 12, 4):          # three batches of 4
    train_step(x[start:start + 4], y[start:start + 4])
train_step(x[12:15], y[12:15])         # a batch of 3: a new shape, traced again
print("traces so far:", train_step.experimental_get_tracing_count())
