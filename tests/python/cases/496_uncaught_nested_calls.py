def parse(tokens):
    return list(map(convert, tokens))
def convert(tok):
    return scale(int(tok))
def scale(n):
    return 100 // n
def main():
    print(parse(['1', '2', '5']))
    print(parse(['4', '0']))
main()
