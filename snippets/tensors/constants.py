import tensorflow as tf

# Tensors of rank 0, 1, 2 and 3
scalar = tf.constant(3.0)
vector = tf.constant([1.0, 2.0, 3.0])
matrix = tf.constant([[1.0, 2.0, 3.0],
                      [4.0, 5.0, 6.0]])
stack = tf.zeros([2, 2, 3])  # two 2x3 matrices, one behind the other

print(matrix)  # values, shape and dtype in one line of output

for name, t in [("scalar", scalar), ("vector", vector),
                ("matrix", matrix), ("stack", stack)]:
    print(f"{name:6}  rank={t.ndim}  shape={t.shape}  size={tf.size(t).numpy()}")
