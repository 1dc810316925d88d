import keras
import numpy as np
import tensorflow as tf

y_true = tf.constant([[0.0, 0.0, 1.0]])
z = tf.constant([[20.0, 0.0, -20.0]])  # very sure of class 0; the right one is 2
cce = keras.losses.categorical_crossentropy

with tf.GradientTape(persistent=True) as tape:
    tape.watch(z)  # z is a constant: ask the tape to follow it
    capped = cce(y_true, tf.nn.softmax(z))      # eager softmax: clipped at 1e-07
    exact = cce(y_true, z, from_logits=True)
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print(f"capped loss {float(capped[0]):.4f}, slope dL/dz:",
          tape.gradient(capped, z).numpy()[0])
    print(f"exact loss  {float(exact[0]):.4f}, slope dL/dz:",
          tape.gradient(exact, z).numpy()[0])
