import numpy as np
import tensorflow as tf

a = tf.constant([[0, 1, 2, 3],
                 [4, 5, 6, 7],
                 [8, 9, 10, 11]])  # shape (3, 4)

print("a[1, 2]  =", a[1, 2].numpy())   # row 1, column 2 (counting from 0)
print("a[0]     =", a[0].numpy())      # row 0
print("a[-1]    =", a[-1].numpy())     # last row
print("a[:, 1]  =", a[:, 1].numpy())   # column 1
print("a[1:, ::2] =")                  # rows 1.., every second column
print(a[1:, ::2].numpy())

# An integer index removes an axis; a slice keeps it
print("a[0].shape   =", a[0].shape)
print("a[0:1].shape =", a[0:1].shape)

# numpy indexing means the same thing
n = a.numpy()
print("same as numpy:", np.array_equal(a[1:, ::2], n[1:, ::2]))
