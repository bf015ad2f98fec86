def compute():
    return undefined_variable * 2
print('before')
compute()
