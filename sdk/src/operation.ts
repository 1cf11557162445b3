import { PaginationStalledError } from "./errors.js";

/** What the client needs to know about an operation to send it safely. */
export interface OperationSpec {
  name: string;
  kind: "query" | "mutation";
  rootField: string;
  /** The mutation's input takes an idempotency key: the client adds one, and may then retry. */
  idempotencyKeyInput: boolean;
}

export interface RequestOptions {
  /** Aborts the request (and its retries). */
  signal?: AbortSignal;
  /** Extra headers for this request, e.g. x-request-id to correlate with your own logs. */
  headers?: Record<string, string>;
}

interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TNode }[];
}

/**
 * Iterates a connection to its end, one page request at a time. A server that answers "there is a next page" with the
 * cursor it was just asked after would be asked the same page for ever: that ends in PaginationStalledError instead.
 */
export async function* paginate<TNode>(fetchPage: (after: string | null) => Promise<ConnectionPage<TNode>>): AsyncGenerator<TNode> {
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<TNode> = await fetchPage(after);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    if (page.pageInfo.endCursor === after)
      throw new PaginationStalledError("Koordinat answered the same page again: its next page never moves past this cursor.", {
        code: "PAGINATION_STALLED",
      });
    after = page.pageInfo.endCursor;
  }
}
