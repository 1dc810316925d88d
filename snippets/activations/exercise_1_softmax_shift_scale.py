import numpy as np
import tensorflow as tf

rows = {
    "[0, 0, 0, 0]": [0.0, 0.0, 0.0, 0.0],
    "[5, 5, 5, 5]": [5.0, 5.0, 5.0, 5.0],
    "[1, 2, 3]": [1.0, 2.0, 3.0],
    "[11, 12, 13]": [11.0, 12.0, 13.0],  # + 10: the same differences
    "[10, 20, 30]": [10.0, 20.0, 30.0],  # * 10: differences ten times as large
}
with np.printoptions(precision=4):  # 4 decimals, in this block only
    for name, z in rows.items():
        print(f"softmax({name}) =", tf.nn.softmax(z).numpy())
