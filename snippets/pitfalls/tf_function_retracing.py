import tensorflow as tf


def sgd_step(w, lr):
    return w - lr * 2.0 * w           # one gradient-descent step on J(w) = w**2


w = tf.constant(1.0)
rates = [0.1, 0.2, 0.3, 0.1]          # four calls, three different values

floats = tf.function(sgd_step)
for lr in rates:                      # a Python float is a constant of the graph:
    floats(w, lr)                     # each new value needs a new trace
print("Python floats:  ", floats.experimental_get_tracing_count(), "traces, 4 calls")

# Fix 1: pass a tensor; only its shape and dtype matter, not its value
tensors = tf.function(sgd_step)
for lr in rates:
    tensors(w, tf.constant(lr))
print("tensors:        ", tensors.experimental_get_tracing_count(), "trace, 4 calls")


# Fix 2: state the signature; Python floats are then converted to tensors
@tf.function(input_signature=[tf.TensorSpec(shape=[], dtype=tf.float32)] * 2)
def signed_step(w, lr):
    return w - lr * 2.0 * w


for lr in rates:
    signed_step(w, lr)
traces = signed_step.experimental_get_tracing_count()
print("input_signature:", traces, "trace, 4 calls")
print(f"same step: {float(floats(w, 0.3)):.4f} and {float(signed_step(w, 0.3)):.4f}")
