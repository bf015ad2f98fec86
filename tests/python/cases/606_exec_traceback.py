# an exception leaving exec'd code: its frames are in "<string>", without source lines
src = """
def inner(n):
    return 10 // n
inner(0)
"""
def run():
    exec(src, {})
run()
