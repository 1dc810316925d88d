import sys

import tensorflow as tf


@tf.function
def scaled(x):
    print("print sees:", x)                # Python: runs while tracing only
    tf.print("tf.print sees:", x,          # an op in the graph: runs every call
             output_stream=sys.stdout)
    return 2 * x


for value in [1.0, 2.0, 3.0]:
    scaled(tf.constant(value))
print("traced", scaled.experimental_get_tracing_count(), "time(s) for 3 calls")

scaled(tf.constant([1.0, 2.0]))                    # a new shape: traced again
traces = scaled.experimental_get_tracing_count()
print("traced", traces, "time(s) after a new shape")
