import numpy as np
import tensorflow as tf
from _linreg_data import make_data

x, y = make_data()


def sgd_step(w, b, xb, yb, lr=0.1):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((w * xb + b - yb) ** 2)
    dw, db = tape.gradient(loss, [w, b])
    w.assign_sub(lr * dw)
    b.assign_sub(lr * db)
    return loss


def train(step, batch_size=4, epochs=10):
    w, b = tf.Variable(0.0), tf.Variable(0.0)
    for epoch in range(epochs):
        for start in range(0, len(x), batch_size):
            end = start + batch_size
            step(w, b, x[start:end], y[start:end])
    return np.array([w.numpy(), b.numpy()])


eager = train(sgd_step)             # plain Python: ops run one by one
graph_step = tf.function(sgd_step)  # the same code, traced into a graph
graph = train(graph_step)
print("eager       w, b:", eager.round(4))
print("tf.function w, b:", graph.round(4))
print("same result:", np.allclose(eager, graph, atol=1e-5))
# One step as a graph: every operation it runs, inputs and constants included
one_step = graph_step.get_concrete_function(
    tf.Variable(0.0), tf.Variable(0.0), x[:4], y[:4])
print("operations in one step:", len(one_step.graph.get_operations()))
print("traces:", graph_step.experimental_get_tracing_count())
