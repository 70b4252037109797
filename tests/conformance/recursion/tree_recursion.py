class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def insert(root, v):
    if root is None:
        return Node(v)
    if v < root.val:
        root.left = insert(root.left, v)
    else:
        root.right = insert(root.right, v)
    return root
def inorder(n):
    return inorder(n.left) + [n.val] + inorder(n.right) if n else []
def preorder(n):
    return [n.val] + preorder(n.left) + preorder(n.right) if n else []
def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))
def size(n):
    return 0 if n is None else 1 + size(n.left) + size(n.right)
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(inorder(root))
print(preorder(root))
print(height(root), size(root))
def mirror(n):
    if n:
        n.left, n.right = mirror(n.right), mirror(n.left)
    return n
print(inorder(mirror(root)))
def paths(n, acc=()):
    if n is None:
        return []
    acc = acc + (n.val,)
    if n.left is None and n.right is None:
        return [acc]
    return paths(n.left, acc) + paths(n.right, acc)
print(paths(mirror(root)))
