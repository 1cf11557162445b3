import type { FieldNode, GraphQLResolveInfo } from "graphql";
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";

/** The fields a selection asks for below `tree`, by field name (aliases and fragments resolved), whatever the type condition. */
function childrenOf(tree: ResolveTree | undefined): ResolveTree[] {
  return tree ? Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)) : [];
}

/** A field asked for on a connection's nodes, with the names of the fields asked for below it. */
export type NodeSelection = ReadonlyMap<string, ReadonlySet<string>>;

/** What a connection query asks for: the fields of its nodes, and whether it asks for any cursor. */
export interface ConnectionSelection {
  nodes: NodeSelection;
  /** `edges.cursor`, `pageInfo.startCursor` or `pageInfo.endCursor`: only then does the page need its rows' sort key. */
  cursors: boolean;
}

/**
 * The fields a connection query asks for on its nodes (`edges { node { … } }`), each with the fields asked
 * below it, so a service can join the to-one relations the client wants into the page's one statement
 * and read only the columns it needs; and whether it asks for cursors (else the sort key need not be read).
 */
export function connectionSelection(info: GraphQLResolveInfo): ConnectionSelection {
  // Without variables (no @include(if: $x) to weigh) the selection is the document's: read once per field node and type.
  if (info.fieldNodes.length !== 1 || info.operation.variableDefinitions?.length) return selectionOf(info);
  let byType = constantSelections.get(info.fieldNodes[0]);
  if (!byType) constantSelections.set(info.fieldNodes[0], (byType = new Map()));
  const type = String(info.returnType);
  let selection = byType.get(type);
  if (!selection) byType.set(type, (selection = selectionOf(info)));
  return selection;
}

/** Selections already read, by field node (Apollo and graphql-jit keep one parsed document per query text) and type. */
const constantSelections = new WeakMap<FieldNode, Map<string, ConnectionSelection>>();

function selectionOf(info: GraphQLResolveInfo): ConnectionSelection {
  const connection = childrenOf((parseResolveInfo(info) as ResolveTree | null | undefined) ?? undefined);
  const below = (name: string) => connection.filter((f) => f.name === name).flatMap(childrenOf);
  const edgeFields = below("edges");
  const nodes = new Map<string, Set<string>>();
  for (const field of edgeFields.filter((f) => f.name === "node").flatMap(childrenOf)) {
    const fields = nodes.get(field.name) ?? new Set<string>();
    for (const child of childrenOf(field)) fields.add(child.name);
    nodes.set(field.name, fields);
  }
  const cursors =
    edgeFields.some((f) => f.name === "cursor") || below("pageInfo").some((f) => f.name === "startCursor" || f.name === "endCursor");
  return { nodes, cursors };
}

/**
 * The columns (property names) of `table` that resolving `fields` reads, always with the primary key `id`:
 * a field named like a column reads it, `reads` lists the columns of the others (those with a field resolver).
 * A field in neither means the whole row, so a field added later without an entry in `reads` still works.
 */
export function columnsRead(table: PgTable, fields: Iterable<string>, reads: Readonly<Record<string, readonly string[]>>): string[] {
  const columns = Object.keys(getTableColumns(table));
  const names = new Set(["id"]);
  for (const field of fields) {
    if (field === "__typename") continue;
    const read = reads[field] ?? (columns.includes(field) ? [field] : null);
    if (!read) return columns;
    for (const name of read) names.add(name);
  }
  return [...names];
}
