import numpy as np

y_true = np.array([1.0, 0.0, 1.0, 0.0])
p = np.array([0.9, 0.2, 0.4, 0.7])  # the data of bce.py

# The probability the model gave to what actually happened: p for a 1, 1 - p for a 0
q = np.where(y_true == 1, p, 1 - p)
likelihood = np.prod(q)  # independent samples: the probabilities multiply
with np.printoptions(precision=4, suppress=True):  # 4 decimals, in this block only
    print("probability of each observed label =", q)
print(f"probability of all four labels (likelihood) = {likelihood:.4f}")
print(f"-log(likelihood)     = {-np.log(likelihood):.4f}")
print(f"sum of -log q        = {np.sum(-np.log(q)):.4f}")
print(f"divided by 4: mean BCE = {np.mean(-np.log(q)):.4f}")

# Why the log: a product of many probabilities underflows, a sum does not
q_many = np.full(2000, 0.5)
print(f"2000 samples at 0.5: product = {np.prod(q_many)}, "
      f"sum of -log = {np.sum(-np.log(q_many)):.4f}")
