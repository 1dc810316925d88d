import keras
import numpy as np

lr0, rate, decay_steps = 0.1, 0.5, 10
S = keras.optimizers.schedules
smooth = S.ExponentialDecay(lr0, decay_steps, rate)
stairs = S.ExponentialDecay(lr0, decay_steps, rate, staircase=True)

steps = np.array([0, 5, 10, 15, 20, 30])
by_formula = lr0 * rate ** (steps / decay_steps)
by_formula_stairs = lr0 * rate ** np.floor(steps / decay_steps)

print("step  formula   keras     staircase formula  keras")
for i, t in enumerate(steps):
    print(f"{t:4d}  {by_formula[i]:.6f}  {float(smooth(t)):.6f}  "
          f"{by_formula_stairs[i]:.6f}           {float(stairs(t)):.6f}")
keras_smooth = np.array([float(smooth(t)) for t in steps])
keras_stairs = np.array([float(stairs(t)) for t in steps])
print("continuous agrees:", np.allclose(by_formula, keras_smooth))
print("staircase agrees: ", np.allclose(by_formula_stairs, keras_stairs))
