import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/** The fields a selection asks for below `tree`, by field name (aliases and fragments resolved), whatever the type condition. */
function childrenOf(tree: ResolveTree | undefined): ResolveTree[] {
  return tree ? Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)) : [];
}

/**
 * The field names a connection query asks for on its nodes (`edges { node { … } }`), so a service
 * can join the to-one relations the client wants into the page's one statement.
 */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  const edges = childrenOf(root ?? undefined).filter((f) => f.name === "edges");
  const nodes = edges.flatMap(childrenOf).filter((f) => f.name === "node");
  return new Set(nodes.flatMap(childrenOf).map((f) => f.name));
}
