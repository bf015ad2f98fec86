print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print(float('inf').is_integer(), float('nan').is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
