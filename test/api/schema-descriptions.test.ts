import { describe, expect, it } from "vitest";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { koordinatSchema } from "../../api/schema.js";
import { ANY_ROLE, rolesSentence, rootFieldAccess } from "../../api/auth/root-field-access.js";

const schema = await koordinatSchema();
const rootTypes = [schema.getQueryType(), schema.getMutationType()].filter((t) => t != null);

/** A root field's written description is what precedes its generated roles sentence. */
function writtenDescription(description: string | null | undefined, rootField: string | null): string {
  const text = description ?? "";
  return (rootField ? text.replace(rolesSentence(rootField), "") : text).trim();
}

/** Every type, field, argument, input field and enum value of the schema without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined, rootField: string | null = null) => {
    if (!writtenDescription(description, rootField)) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      const isRoot = rootTypes.includes(type as never);
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description, isRoot ? `${type.name}.${field.name}` : null);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe("the published schema describes itself", () => {
  it("has a description on every type, field, argument, input field and enum value", () => {
    const missing = undescribed(schema);
    expect(missing, `${missing.length} schema items have no description: add one in schema/*.ts`).toEqual([]);
  });

  it("ends every query and mutation field's description with the roles its rootFieldAccess entry lets in", () => {
    for (const type of rootTypes) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        const allowed = rootFieldAccess[name];
        const expected =
          allowed === undefined || allowed === ANY_ROLE ? rolesSentence(name) : `Roles: ${[...new Set(allowed)].join(", ")}.`;
        expect(field.description, name).toMatch(new RegExp(`(^|\\n\\n)${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      }
    }
  });

  it("names the roles of a field from the table, e.g. the access log is the auditor's alone", () => {
    expect(schema.getQueryType()!.getFields().accessLog.description).toMatch(/\n\nRoles: AUDITOR\.$/);
    expect(schema.getMutationType()!.getFields().bookAppointment.description).toMatch(
      /\n\nRoles: PARTNER_HOSPITAL, COORDINATION_UNIT, EGOV_PORTAL\.$/,
    );
    expect(schema.getQueryType()!.getFields().provinces.description).toMatch(/\n\nRoles: any authenticated client/);
  });
});
