import keras
import numpy as np

y_true = np.array([[1.0, 0.0, 0.0],
                   [0.0, 1.0, 0.0]])
logits = np.array([[2.0, 1.0, -4.0],
                   [1.0, 4.0, -2.0]])
cce = keras.losses.CategoricalCrossentropy
loss_default = cce()(y_true, logits)
loss_logits = cce(from_logits=True)(y_true, logits)

# Buggy: the first label names one variable but prints the other
print(f"from_logits=False: {float(loss_logits):.4f}")
print(f"from_logits=True:  {float(loss_logits):.4f}")
# ...which "proves" that from_logits makes no difference. It does.

# Fix: let Python write the label from the expression itself (f"{x=}")
print(f"{float(loss_default)=:.4f}")
print(f"{float(loss_logits)=:.4f}")

# ... and check a printed value against an independent computation
log_softmax = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
by_hand = -np.mean(np.sum(y_true * log_softmax, axis=1))
print(f"by hand: {by_hand:.4f}   matches: {np.isclose(by_hand, loss_logits)}")
