import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../conventions/pagination.js";

/**
 * The cost of a query, in the manner of GitHub's and Shopify's public APIs: a point for each row
 * the server reads (an object with an identity, a `Node`) and for each connection (a query), none
 * for scalars and for value objects stored with their parent (clinics, bed capacities, edges); a
 * list multiplies its items by its size (a connection's `first`/`last`, the number of `ids`); each
 * root mutation field costs MUTATION_COST more. The requested cost is computed from the document
 * before it runs; the actual cost from the answer it produced.
 */
export const MUTATION_COST = 10;
/** A list that is not paginated (a facility's clinics, a chain's steps): its assumed size before it runs. */
export const UNPAGED_LIST_SIZE = 10;
/** Input arrays longer than this are refused unless the input field is declared bulk (`@Extensions({ bulkInput: true })`). */
export const MAX_INPUT_LIST_LENGTH = 250;

export interface ListLimitViolation {
  limit: "first" | "inputList";
  path: string[];
  maximum: number;
  actual: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

interface FieldSelection {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

/** Per parsed selection set and type: Apollo reuses a parsed document, so each is flattened once. */
const flattened = new WeakMap<SelectionSetNode, Map<string, FieldSelection[]>>();

/** The fields a selection set asks for on `type`, fragments flattened (an upper bound for abstract types). */
function fieldsOf(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType): FieldSelection[] {
  let byType = flattened.get(selectionSet);
  if (!byType) flattened.set(selectionSet, (byType = new Map()));
  let fields = byType.get(type.name);
  if (!fields) byType.set(type.name, (fields = flatten(walk, selectionSet, type)));
  return fields;
}

/**
 * Each field once, however many spreads reach it (as graphql-js collects fields): a fragment spread
 * twice, or nested spreads doubling at every level (a "fragment bomb"), add nothing more.
 */
function flatten(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType): FieldSelection[] {
  const fields = new Map<FieldNode, FieldSelection>();
  const add = (field: FieldSelection) => fields.set(field.node, field);
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const definition = "getFields" in type ? type.getFields()[selection.name.value] : undefined;
        if (definition) add({ node: selection, definition });
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
        fieldsOf(walk, selection.selectionSet, condition as GraphQLCompositeType).forEach(add);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const fragment = walk.fragments[selection.name.value];
        const condition = fragment && walk.schema.getType(fragment.typeCondition.name.value);
        if (fragment) fieldsOf(walk, fragment.selectionSet, condition as GraphQLCompositeType).forEach(add);
        break;
      }
    }
  }
  return [...fields.values()];
}

export const fragmentsOf = (document: DocumentNode): Record<string, FragmentDefinitionNode> =>
  Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );

const responseKey = (node: FieldNode) => node.alias?.value ?? node.name.value;

function argumentsOf(walk: Walk, { node, definition }: FieldSelection): Record<string, unknown> {
  return getArgumentValues(definition, node, walk.variables);
}

/** A connection's page size, or the number of IDs asked for; undefined when the field takes neither. */
function pageSizeOf(args: Record<string, unknown>): number | undefined {
  if (typeof args.first === "number") return args.first;
  if (typeof args.last === "number") return args.last;
  if (Array.isArray(args.ids)) return args.ids.length;
  return undefined;
}

const isConnection = (definition: GraphQLField<unknown, unknown>) => definition.args.some((arg) => arg.name === "first");

/** A row read: an object with an identity (abstract types are always one), or a connection's query. */
function pointsOf(definition: GraphQLField<unknown, unknown>, type: GraphQLNamedType): number {
  if (isConnection(definition)) return 1;
  if (isObjectType(type)) return type.getInterfaces().some((i) => i.name === "Node") ? 1 : 0;
  return isAbstractType(type) ? 1 : 0;
}

function inputListViolations(value: unknown, type: GraphQLInputType, path: string[], bulk: boolean): ListLimitViolation[] {
  if (value == null) return [];
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return inputListViolations(value, nullable.ofType, path, false);
    const own: ListLimitViolation[] =
      !bulk && value.length > MAX_INPUT_LIST_LENGTH
        ? [{ limit: "inputList", path, maximum: MAX_INPUT_LIST_LENGTH, actual: value.length }]
        : [];
    return own.length ? own : value.flatMap((item, i) => inputListViolations(item, nullable.ofType, [...path, String(i)], false));
  }
  if (isInputObjectType(nullable) && typeof value === "object") {
    return Object.values(nullable.getFields()).flatMap((field) =>
      inputListViolations(
        (value as Record<string, unknown>)[field.name],
        field.type,
        [...path, field.name],
        field.extensions?.bulkInput === true,
      ),
    );
  }
  return [];
}

export interface RequestedCost {
  cost: number;
  violations: ListLimitViolation[];
}

/**
 * The cost of an operation before it runs, and the list arguments that break a limit (`first`
 * over 100, an input array over 250). Expects variables already coerced.
 */
export function requestedCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): RequestedCost {
  const walk: Walk = { schema, fragments, variables };
  const violations: ListLimitViolation[] = [];
  // A selection set's cost depends only on its type and the page size it inherits, not on where a fragment is spread:
  // each is computed once (its violations named at the first place it is reached).
  const costs = new Map<SelectionSetNode, Map<string, number>>();
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, path: string[], parentPageSize?: number): number => {
    let byType = costs.get(selectionSet);
    if (!byType) costs.set(selectionSet, (byType = new Map()));
    const key = `${type.name}:${parentPageSize}`;
    let cost = byType.get(key);
    if (cost === undefined) byType.set(key, (cost = selectionCost(selectionSet, type, path, parentPageSize)));
    return cost;
  };
  const selectionCost = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, path: string[], parentPageSize?: number): number => {
    let total = 0;
    for (const field of fieldsOf(walk, selectionSet, type)) {
      const named = getNamedType(field.definition.type);
      if (isLeafType(named) || !field.node.selectionSet) continue;
      const fieldPath = [...path, responseKey(field.node)];
      const args = argumentsOf(walk, field);
      for (const name of ["first", "last"] as const) {
        const value = args[name];
        // Below 1 too: a negative page must not make a query's cost negative.
        if (typeof value === "number" && (value < 1 || value > MAX_PAGE_SIZE))
          violations.push({ limit: "first", path: [...fieldPath, name], maximum: MAX_PAGE_SIZE, actual: value });
      }
      for (const argument of field.definition.args) {
        violations.push(...inputListViolations(args[argument.name], argument.type, [...fieldPath, argument.name], false));
      }
      const pageSize = pageSizeOf(args);
      if (isListType(getNullableType(field.definition.type))) {
        const size = pageSize ?? parentPageSize ?? UNPAGED_LIST_SIZE;
        total += size * (pointsOf(field.definition, named) + costOf(field.node.selectionSet, named as GraphQLCompositeType, fieldPath));
      } else {
        const childPageSize = isConnection(field.definition) ? (pageSize ?? DEFAULT_PAGE_SIZE) : undefined;
        total +=
          pointsOf(field.definition, named) + costOf(field.node.selectionSet, named as GraphQLCompositeType, fieldPath, childPageSize);
      }
    }
    return total;
  };
  const root = schema.getRootType(operation.operation)!;
  const cost = costOf(operation.selectionSet, root, []) + rootFieldSurcharge(walk, operation);
  return { cost, violations };
}

/**
 * The root fields an operation calls, fragments included (`__typename` and introspection too), each
 * fragment visited once. Safe on a document not yet validated (a fragment spreading itself, or unknown).
 */
export function rootFieldNames(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Set<string> {
  const names = new Set<string>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!visited.has(selection.name.value) && fragments[selection.name.value]) {
        visited.add(selection.name.value);
        collect(fragments[selection.name.value].selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

/**
 * How many selections a document's operations make once every fragment spread is replaced by the
 * fragment's selections: its normalised size, computed once per fragment. Twenty-four fragments that
 * each spread the one before twice are about 1 KB of text and 2^24 selections expanded.
 */
export function expandedSelectionCount(document: DocumentNode): number {
  const fragments = fragmentsOf(document);
  const sizes = new Map<string, number>();
  const sizeOf = (selectionSet: SelectionSetNode): number => {
    let size = 0;
    for (const selection of selectionSet.selections) {
      size += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) size += fragmentSize(selection.name.value);
      else if (selection.selectionSet) size += sizeOf(selection.selectionSet);
    }
    return size;
  };
  const fragmentSize = (name: string): number => {
    let size = sizes.get(name);
    if (size === undefined) {
      // A cycle counts nothing more here: validation refuses it.
      sizes.set(name, 0);
      size = fragments[name] ? sizeOf(fragments[name].selectionSet) : 0;
      sizes.set(name, size);
    }
    return size;
  };
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) total += sizeOf(definition.selectionSet);
  }
  return total;
}

function rootFieldSurcharge(walk: Walk, operation: OperationDefinitionNode): number {
  if (operation.operation !== "mutation") return 0;
  return fieldsOf(walk, operation.selectionSet, walk.schema.getMutationType()!).length * MUTATION_COST;
}

/** A field of a selection whose value holds objects: where its answer is, the points of each object, and what it selects. */
interface ObjectFieldSelection {
  key: string;
  points: number;
  selectionSet: SelectionSetNode;
  type: GraphQLCompositeType;
}

const objectFields = new WeakMap<SelectionSetNode, Map<string, ObjectFieldSelection[]>>();

/**
 * The fields of a selection set on `type` that hold objects, with their points: worked out once per parsed document
 * (the answer's walk visits the same selection set for every item of a page).
 */
function objectFieldsOf(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType): ObjectFieldSelection[] {
  let byType = objectFields.get(selectionSet);
  if (!byType) objectFields.set(selectionSet, (byType = new Map()));
  let fields = byType.get(type.name);
  if (!fields) {
    fields = [];
    for (const field of fieldsOf(walk, selectionSet, type)) {
      const named = getNamedType(field.definition.type);
      if (isLeafType(named) || !field.node.selectionSet) continue;
      fields.push({
        key: responseKey(field.node),
        points: pointsOf(field.definition, named),
        selectionSet: field.node.selectionSet,
        type: named as GraphQLCompositeType,
      });
    }
    byType.set(type.name, fields);
  }
  return fields;
}

/** The cost of what an operation actually returned: lists count the items they hold. */
export function actualCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown> | null | undefined,
): number {
  const walk: Walk = { schema, fragments, variables: {} };
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, value: Record<string, unknown>): number => {
    let total = 0;
    for (const field of objectFieldsOf(walk, selectionSet, type)) {
      const result = value[field.key];
      if (result == null) continue;
      if (!Array.isArray(result)) total += field.points + costOf(field.selectionSet, field.type, result as Record<string, unknown>);
      else
        for (const item of result) {
          if (item != null) total += field.points + costOf(field.selectionSet, field.type, item as Record<string, unknown>);
        }
    }
    return total;
  };
  if (!data) return rootFieldSurcharge(walk, operation);
  return costOf(operation.selectionSet, schema.getRootType(operation.operation)!, data) + rootFieldSurcharge(walk, operation);
}
