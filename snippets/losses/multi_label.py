import keras
import numpy as np

# 3 photos, 4 tags (cat, dog, outdoors, night): a photo can have several tags
y_true = np.array([[1.0, 0.0, 1.0, 0.0],     # multi-hot, not one-hot
                   [1.0, 1.0, 0.0, 0.0],
                   [0.0, 0.0, 1.0, 1.0]])
logits = np.array([[2.0, -1.5, 1.0, -2.0],
                   [1.5, 0.5, -1.0, -3.0],
                   [-2.0, -1.0, 2.5, -0.5]])

p = 1 / (1 + np.exp(-logits))  # one sigmoid per tag: a yes/no question each
per_tag = -(y_true * np.log(p) + (1 - y_true) * np.log(1 - p))
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("sigmoid(logits) =")
    print(p)
    print("row sums =", p.sum(axis=1))
    print("per-sample BCE by hand (mean over the tags) =", per_tag.mean(axis=1))
    fn = keras.losses.binary_crossentropy(y_true, logits, from_logits=True)
    print("binary_crossentropy(from_logits=True)       =", np.asarray(fn))
    obj = keras.losses.BinaryCrossentropy(from_logits=True)(y_true, logits)
    print("BinaryCrossentropy(from_logits=True) =", np.asarray(obj).round(4))
    print("predicted tags (p > 0.5) =")
    print((p > 0.5).astype(int))
