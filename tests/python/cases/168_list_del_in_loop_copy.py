nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 2]
nums = [n for n in nums if n != 2]
print(nums)
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
