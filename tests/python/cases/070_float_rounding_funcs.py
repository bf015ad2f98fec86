import math
for v in [2.5, -2.5, 3.5, -0.5, 2.4999, -7.9]:
    print(v, round(v), math.floor(v), math.ceil(v), int(v), math.trunc(v))
