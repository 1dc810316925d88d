import numpy as np
import tensorflow as tf

a = tf.constant([[1.0, 2.0, 3.0],
                 [4.0, 5.0, 6.0],
                 [7.0, 8.0, 9.0]])
row = a[0]  # shape (3,)
print("a.shape =", a.shape, "  a[0].shape =", row.shape)

diff = a - row  # the row is used once for every row of a
print("a - a[0] =")
print(diff.numpy())

# By hand: copy the row 3 times, then subtract shape (3, 3) from shape (3, 3)
tiled = np.tile(row.numpy(), (3, 1))
print("same as subtracting the tiled row:", np.allclose(diff, a.numpy() - tiled))

# A column of shape (3, 1) is stretched along axis 1 instead
col = tf.constant([[10.0], [20.0], [30.0]])
print("a + col =")
print((a + col).numpy())
print("shape of a[0] + col:", (row + col).shape)  # (3,) with (3, 1) -> (3, 3)

# Shapes (3, 3) and (2,): 3 vs 2, and neither is 1 -> error
try:
    a - tf.constant([1.0, 2.0])
except tf.errors.InvalidArgumentError as err:
    print("shapes (3, 3) and (2,):", type(err).__name__)
