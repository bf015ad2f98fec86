import math
print(math.sin(0), math.cos(0), math.tan(0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(math.pi), 10))
print(round(math.sin(math.pi / 6), 10), round(math.atan(1) * 4, 12))
print(round(math.degrees(math.pi), 6), round(math.radians(180), 6))
print(round(math.atan2(1, 1), 6), round(math.hypot(3, 4), 6))
print(math.hypot(3, 4))
