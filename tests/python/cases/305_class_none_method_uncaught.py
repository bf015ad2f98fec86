class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
head = Node(1, Node(2))
print(head.val, head.next.val)
print(head.next.next.val)
