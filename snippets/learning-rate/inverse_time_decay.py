import keras
import numpy as np

lr0, rate, decay_steps = 0.1, 1.0, 10
schedule = keras.optimizers.schedules.InverseTimeDecay(lr0, decay_steps, rate)

steps = np.array([0, 10, 20, 30, 90, 190])
by_formula = lr0 / (1 + rate * steps / decay_steps)
by_keras = np.array([float(schedule(t)) for t in steps])

print("step  formula   keras")
for t, f, k in zip(steps, by_formula, by_keras):
    print(f"{t:4d}  {f:.6f}  {k:.6f}")
print("agrees:", np.allclose(by_formula, by_keras))
print("lr0 / lr at step 190:", round(lr0 / by_keras[-1], 3))
