class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr!'
class OnlyStr:
    def __str__(self):
        return 'OnlyStr!'
print(OnlyRepr(), str(OnlyRepr()), f'{OnlyRepr()}')
print(OnlyStr(), [OnlyRepr()])
print(repr(OnlyStr()).startswith('<__main__.OnlyStr object at'))
