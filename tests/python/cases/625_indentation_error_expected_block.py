print("before")
def area(w, h):
return w * h
