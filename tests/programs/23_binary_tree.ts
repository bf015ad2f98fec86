// Binary search tree of class instances: insert, search, traversals, height, min/max, remove.
class TreeNode {
  left: TreeNode | null = null;
  right: TreeNode | null = null;
  count = 1;
  constructor(public key: number) {}
}

function insert(root: TreeNode | null, key: number): TreeNode {
  if (root === null) return new TreeNode(key);
  if (key < root.key) root.left = insert(root.left, key);
  else if (key > root.key) root.right = insert(root.right, key);
  else root.count++;
  return root;
}

function contains(root: TreeNode | null, key: number): boolean {
  let cur = root;
  while (cur !== null) {
    if (key === cur.key) return true;
    cur = key < cur.key ? cur.left : cur.right;
  }
  return false;
}

function inorder(root: TreeNode | null, out: number[]): void {
  if (root === null) return;
  inorder(root.left, out);
  out.push(root.key);
  inorder(root.right, out);
}

function preorder(root: TreeNode | null): string {
  if (root === null) return ".";
  return "(" + root.key + " " + preorder(root.left) + " " + preorder(root.right) + ")";
}

function height(root: TreeNode | null): number {
  if (root === null) return 0;
  return 1 + Math.max(height(root.left), height(root.right));
}

function minNode(root: TreeNode): TreeNode {
  let cur = root;
  while (cur.left !== null) cur = cur.left;
  return cur;
}

function remove(root: TreeNode | null, key: number): TreeNode | null {
  if (root === null) return null;
  if (key < root.key) {
    root.left = remove(root.left, key);
  } else if (key > root.key) {
    root.right = remove(root.right, key);
  } else {
    if (root.left === null) return root.right;
    if (root.right === null) return root.left;
    const m = minNode(root.right);
    root.key = m.key;
    root.count = m.count;
    root.right = remove(root.right, m.key);
  }
  return root;
}

export function main(argv: string[]): number {
  let root: TreeNode | null = null;
  const keys: number[] = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30];
  for (const k of keys) root = insert(root, k);
  const out: number[] = [];
  inorder(root, out);
  console.log(out.join(","));
  console.log(preorder(root));
  console.log(height(root));
  console.log(contains(root, 45) + " " + contains(root, 46));
  console.log(minNode(root!).key);
  console.log(root!.left!.count);
  root = remove(root, 30);
  root = remove(root, 50);
  root = remove(root, 99);
  console.log(preorder(root));
  const out2: number[] = [];
  inorder(root, out2);
  console.log(out2.join(","));
  let big: TreeNode | null = null;
  let x = 1;
  for (let i = 0; i < 2000; i++) {
    x = (x * 7919 + 13) % 10007;
    big = insert(big, x);
  }
  const all: number[] = [];
  inorder(big, all);
  console.log(all.length + " " + all[0] + " " + all[all.length - 1]);
  console.log(height(big));
  let sorted = true;
  for (let i = 1; i < all.length; i++) {
    if (all[i - 1] >= all[i]) sorted = false;
  }
  console.log(sorted);
  return 0;
}
