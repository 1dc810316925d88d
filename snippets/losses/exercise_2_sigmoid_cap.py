import keras
import tensorflow as tf

y = tf.constant([[1.0]])    # label 1...
z = tf.constant([[-20.0]])  # ...and a logit that is very sure of 0
bce = keras.losses.binary_crossentropy
cases = {
    "(a) from_logits=True": bce(y, z, from_logits=True),
    "(b) eager tf.nn.sigmoid": bce(y, tf.nn.sigmoid(z)),
    "(c) keras.activations.sigmoid": bce(y, keras.activations.sigmoid(z)),
    "(d) keras.activations.sigmoid, .numpy()":
        bce(y, keras.activations.sigmoid(z).numpy()),
}
for name, loss in cases.items():
    print(f"{name:<42}{float(loss[0]):.4f}")
