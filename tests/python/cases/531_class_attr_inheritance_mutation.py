class Base:
    tags = []
    count = 0
    name = 'base'
class Child(Base):
    pass
class Other(Base):
    name = 'other'
c1, c2 = Child(), Child()
c1.tags.append('shared!')
print(Base.tags, Child.tags is Base.tags, c2.tags)
c1.count += 1
print(c1.count, c2.count, Child.count, 'count' in c1.__dict__)
Base.count = 10
print(c1.count, c2.count, Child.count)
Child.count = 5
Base.count = 20
print(c2.count, Child.count, Other.count)
Base.name = 'renamed'
print(Child.name, Other.name, Other().name)
del Other.name
print(Other.name)
c1.name = 'inst'
print(c1.name, Child.name)
del c1.name
print(c1.name)
try:
    del c1.name
except AttributeError as e:
    print('AttributeError', e)
try:
    del Child.name
except AttributeError as e:
    print('AttributeError', e)
print(sorted(k for k in vars(Child) if not k.startswith('__')), sorted(k for k in vars(Base) if not k.startswith('__')))
c2.tags = ['own']
print(c2.tags, Base.tags)
