import tensorflow as tf

x = tf.Variable(2.0)
with tf.GradientTape(persistent=True) as tape:
    ys = x * tf.constant([1.0, 2.0, 3.0])  # three numbers: x, 2x, 3x
    parts = [ys[0], ys[1], ys[2]]         # taken inside the tape, so recorded
print("ys =", ys.numpy())
print("tape.gradient(ys, x) =", tape.gradient(ys, x).numpy())
for i, part in enumerate(parts):           # one derivative at a time
    print(f"d ys[{i}] / dx =", tape.gradient(part, x).numpy())
del tape
