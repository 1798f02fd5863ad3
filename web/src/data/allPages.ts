/** One page of a connection-style list (`nodes`, `pageInfo`). */
export interface Page<TNode> {
  nodes: readonly TNode[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/** Every node of a paged list, in order: `load(after)` fetches the page after a cursor (null: the first). */
export async function allPages<TNode>(load: (after: string | null) => Promise<Page<TNode>>): Promise<TNode[]> {
  const nodes: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<TNode> = await load(after);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor == null) return nodes;
    after = page.pageInfo.endCursor;
  }
}
