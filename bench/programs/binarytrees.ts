// Binary trees (the allocation benchmark): builds and walks many complete
// binary trees.  Usage: binarytrees [maxDepth]
class TreeNode {
  constructor(
    public left: TreeNode | null,
    public right: TreeNode | null,
  ) {}
  check(): number {
    const l = this.left;
    const r = this.right;
    if (l === null || r === null) return 1;
    return 1 + l.check() + r.check();
  }
}

function bottomUp(depth: number): TreeNode {
  if (depth === 0) return new TreeNode(null, null);
  return new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1));
}

export function main(argv: string[]): number {
  let maxDepth = 16;
  if (argv.length > 1) {
    maxDepth = 0;
    for (let i = 0; i < argv[1].length; i++) maxDepth = maxDepth * 10 + (argv[1].charCodeAt(i) - 48);
  }
  const minDepth = 4;
  const stretch = maxDepth + 1;
  console.log(`stretch tree of depth ${stretch}\t check: ${bottomUp(stretch).check()}`);
  const longLived = bottomUp(maxDepth);
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 1 << (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 0; i < iterations; i++) check += bottomUp(depth).check();
    console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
  }
  console.log(`long lived tree of depth ${maxDepth}\t check: ${longLived.check()}`);
  return 0;
}
