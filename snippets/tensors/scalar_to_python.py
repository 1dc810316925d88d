import tensorflow as tf

t = tf.constant([[1.0, 2.0], [3.0, 4.0]])
total = tf.reduce_sum(t)  # a scalar tensor: shape (), one number
print(total)

print("total.numpy() ->", repr(total.numpy()))  # a NumPy scalar
print("float(total)  ->", repr(float(total)))   # a plain Python float
print("in a list:", [total.numpy()], "vs", [float(total)])
print("int(tf.size(t)) ->", int(tf.size(t)))  # int() works the same way

# Only a tensor without axes is a single number
try:
    float(t)
except TypeError as err:
    print("float(t) with t.shape (2, 2):", type(err).__name__)
print("float(t[1, 0]) ->", float(t[1, 0]))  # index down to one element first
