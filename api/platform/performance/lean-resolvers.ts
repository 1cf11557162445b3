import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";

type Method = (...params: unknown[]) => unknown;

/** The call of a resolver method for each order of its parameters in this schema, without an array per call. */
const callers: Record<string, (method: Method, instance: object) => GraphQLFieldResolver<unknown, unknown>> = {
  root: (method, instance) => (root) => method.call(instance, root),
  "root,context": (method, instance) => (root, _args, context) => method.call(instance, root, context),
};

/**
 * type-graphql calls every field resolver through a generic wrapper: it sorts the parameter metadata,
 * builds the parameter list, looks up the resolver instance and runs the middleware chain, on each
 * call (a page of 50 referrals with their patients and facilities makes hundreds of such calls). For
 * a field resolver that takes only its parent and the context (no arguments to convert or validate, no
 * middlewares, no roles), that wrapper does nothing but call the method: this calls it
 * directly. Fields with arguments keep type-graphql's resolver, and with it argument validation. Only for a schema
 * built without an auth checker or global middlewares (type-graphql would run those on every field).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[]): number {
  const storage = getMetadataStorage();
  const ofThisSchema = new Set(resolverClasses);
  const typeNames = new Map<Function, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const instances = new Map<Function, object>();
  let replaced = 0;
  for (const resolver of storage.fieldResolvers) {
    // Roles (even an empty list: `@Authorized()`) and middlewares need type-graphql's wrapper.
    if (resolver.kind !== "external" || !ofThisSchema.has(resolver.target) || resolver.middlewares?.length || resolver.roles !== undefined)
      continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const plain = params.every(
      (p) => (p.kind === "root" && !p.propertyName && (!p.getType || p.getType() === Object)) || (p.kind === "context" && !p.propertyName),
    );
    const caller = plain ? callers[params.map((p) => p.kind).join(",")] : undefined;
    const type = schema.getType(typeNames.get(resolver.getObjectType?.() as Function) ?? "");
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    if (!caller || !field || field.args.length > 0) continue;
    const target = resolver.target as new () => object;
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new target()));
    field.resolve = caller((instance as Record<string, Method>)[resolver.methodName], instance);
    replaced++;
  }
  return replaced;
}
