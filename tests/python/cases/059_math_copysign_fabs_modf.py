import math
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fabs(-4))
print(math.modf(3.75), math.modf(-2.5))
print(math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), 7 % -3)
print(math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)))
