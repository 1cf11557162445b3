import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANY_ROLE, rootFieldAccess } from "../../api/auth/root-field-access.js";
import { koordinatSchema } from "../../api/schema.js";
import { role, type Role } from "../../drizzle/schema/index.js";
import { demoScopes } from "../../drizzle/seed/index.js";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { seededFacility, startTestApp, type TestApp } from "../support/app.js";
import { rootFields, sampleRequest, type SampleOverrides } from "../support/schema-samples.js";

/**
 * Every root field × every role, generated from the schema: a new field without a decision in
 * api/auth/root-field-access.ts fails here by name. A role without a decision is refused at the
 * door before any SQL; a role with one reaches the service, which must not refuse it for its role
 * either (so the table cannot drift wider than the services).
 */
const schema = await koordinatSchema();
const fields = rootFields({ query: schema.getQueryType()!, mutation: schema.getMutationType()! });

let app: TestApp;
const tokens = {} as Record<Role, string>;
/** Each role's requests name its own facility or organisation where they name one, so a refusal is about the role, not the scope. */
const ownScope = {} as Record<Role, SampleOverrides>;
beforeAll(async () => {
  app = await startTestApp();
  const scopes = await demoScopes(app.db);
  for (const r of role.enumValues) {
    tokens[r] = await app.tokenFor(r, scopes[r], { rateLimit: { points: 1_000_000, restorePerSecond: 1_000_000 } });
    const [kind, code] = scopes[r].split(":");
    if (kind === "facility") {
      const facility = await seededFacility(app.db, (f) => f.code === code);
      ownScope[r] = { registeringFacilityId: toGlobalId("Facility", facility.id) };
    } else if (kind === "organisation") ownScope[r] = { organisationCode: code };
    else if (kind === "province") ownScope[r] = { provinceCode: code };
    else ownScope[r] = {};
  }
});
afterAll(() => app?.stop());

describe("authorisation matrix", () => {
  it("has an access decision for every root field of the schema, and none for a field that is gone", () => {
    const names = fields.map((f) => f.name);
    const undecided = names.filter((name) => !(name in rootFieldAccess));
    expect(undecided, `root fields without an access decision: add them to rootFieldAccess in api/auth/root-field-access.ts`).toEqual([]);
    const stale = Object.keys(rootFieldAccess).filter((name) => !names.includes(name));
    expect(stale, "access decisions for root fields the schema no longer has").toEqual([]);
  });

  describe.each(fields.map((f) => [f.name, f] as const))("%s", (name, field) => {
    it("is refused at the door to every role outside its decision, and reaches its service for the others", async () => {
      const allowed = rootFieldAccess[name];
      for (const r of role.enumValues) {
        const request = sampleRequest(field.operation, field.field, ownScope[r]);
        const response = await app.gql(request.query, request.variables, tokens[r]);
        const door = response.errors?.find((e) => e.message.startsWith(`Not allowed to call ${name}:`));
        if (allowed === ANY_ROLE || allowed?.includes(r)) {
          expect(door, `${r} should reach ${name}`).toBeUndefined();
          expect(response.errors?.map((e) => e.extensions?.code) ?? [], `${r} on ${name}`).not.toContain("INTERNAL_SERVER_ERROR");
          expect(response.errors?.map((e) => `${e.extensions?.code}: ${e.message}`) ?? [], `${r} on ${name}`).not.toContainEqual(
            expect.stringMatching(/^FORBIDDEN/),
          );
        } else {
          expect(response.status, `${r} on ${name}`).toBe(403);
          expect(door?.extensions?.code, `${r} on ${name}`).toBe("FORBIDDEN");
          expect(response.data ?? null, `${r} on ${name}`).toBeNull();
          expect(response.statements, `${r} on ${name} ran SQL`).toBe(0);
        }
      }
    });
  });
});
