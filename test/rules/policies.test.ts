import { describe, expect, it } from "vitest";
import { ANY_ROLE, decideWith, type ActionRule } from "../../api/auth/actions.js";
import { actions, policies } from "../../api/auth/actions-registry.js";
import { audienceKeysOf, type Audience } from "../../api/auth/policy.js";
import { scopeKindOfRole, type Principal, type Scope } from "../../api/auth/principal.js";
import { rootFieldAccess, rootFieldActions } from "../../api/auth/root-field-access.js";
import { role, type Role } from "../../drizzle/schema/index.js";

/** One principal per role and scope: two facilities, two provinces, two persons, organisations and insurers. */
const scopesOf: Record<Scope["kind"], Scope[]> = {
  NATIONAL: [{ kind: "NATIONAL" }],
  FACILITY: ["f1", "f2"].map((id) => ({ kind: "FACILITY" as const, facilityId: id, facilityCode: id })),
  PROVINCE: ["06", "34"].map((code) => ({ kind: "PROVINCE" as const, provinceCode: code })),
  INSURER: ["SGK", "KZ-INS"].map((code) => ({ kind: "INSURER" as const, insurerCode: code })),
  ORGANISATION: ["o1", "o2"].map((code) => ({ kind: "ORGANISATION" as const, organisationCode: code })),
  PERSON: ["111", "222"].map((value) => ({
    kind: "PERSON" as const,
    identifierKind: "IIN" as const,
    identifierValue: value,
    issuingCountry: "",
  })),
};
const principals: Principal[] = role.enumValues.flatMap((r: Role) =>
  scopesOf[scopeKindOfRole[r]].map((scope) => ({ clientId: `${r}-${JSON.stringify(scope)}`, role: r, scope })),
);

/** Facts of sample subjects for each action that declares an audience. */
const subjects: Record<string, unknown[]> = {
  "approval:read": [undefined],
  "appointment:read": [
    { facilityId: "f1", patientIdentifiers: ["IIN:111"] },
    { facilityId: "f2", patientIdentifiers: ["TCKN:999"] },
  ],
  "patient-access-justification:read": [undefined],
  "health-tourism-case:read": [{ facilityId: "f1" }, { facilityId: null }],
  "referral:read": [
    { originFacilityId: "f1", destinationFacilityId: null },
    { originFacilityId: "f1", destinationFacilityId: "f2", searchProvince: "06" },
  ],
  "bed-search:read": [{ originFacilityId: "f2", destinationFacilityId: "f1", searchProvince: "34" }],
  "monthly-submission:read": [{ provinceCode: "06" }, { provinceCode: "34" }],
  "reimbursement-claim:read": [{ patientIdentifiers: ["IIN:111"] }, { patientIdentifiers: [] }],
  "civil-servant-coefficient:read-gaps": [undefined],
  // Before ATTACHED only: the attaching also reaches the person's portal and the insurer, who read the attachment
  // (kz-person:read), not the request.
  "kz-attachment:read-requests": ["SUBMITTED", "FILED", "REFUSED"].flatMap((status) => [
    { status, organisationCode: "o1", personIdentifiers: ["IIN:111"], insurerCode: "KZ-INS" },
    { status, organisationCode: "o2", personIdentifiers: ["IIN:222"], insurerCode: "SGK" },
  ]),
};

describe("named actions (api/auth/actions.ts)", () => {
  it("are named once across every domain's policy", () => {
    const names = policies.flatMap((p) => Object.keys(p));
    expect(names.length).toBe(Object.keys(actions).length);
    expect(names.filter((n) => !/^[a-z][a-z-]*:[a-z][a-z-]*$/.test(n))).toEqual([]);
  });

  it("are what the root-field table names, and its door is the action's roles", () => {
    for (const [field, door] of Object.entries(rootFieldActions)) {
      if (typeof door !== "string" || door === ANY_ROLE) continue;
      expect(Object.keys(actions), field).toContain(door);
      expect(rootFieldAccess[field], field).toEqual((actions as Record<string, ActionRule<never>>)[door].roles);
    }
  });

  it("never allow, for an object, a role the door refuses", () => {
    const wrongs: string[] = [];
    for (const [name, subjectsOfAction] of Object.entries(subjects)) {
      const rule = (actions as Record<string, ActionRule<unknown>>)[name];
      for (const facts of subjectsOfAction)
        for (const p of principals)
          if (decideWith(rule, p, facts).allowed && rule.roles !== ANY_ROLE && !rule.roles.includes(p.role))
            wrongs.push(`${name}: ${p.clientId}`);
    }
    expect(wrongs).toEqual([]);
  });

  it("send a subject's events to exactly the principals its read action allows", () => {
    const mismatches: string[] = [];
    for (const [name, subjectsOfAction] of Object.entries(subjects)) {
      const rule = (actions as Record<string, ActionRule<unknown>>)[name];
      for (const facts of subjectsOfAction) {
        const audience = (rule.audience as (f: unknown) => Audience)(facts);
        for (const p of principals) {
          const reads = decideWith(rule, p, facts).allowed;
          const hears = audienceKeysOf(p).some((key) => audience.includes(key));
          if (reads !== hears) mismatches.push(`${name} ${JSON.stringify(facts)}: ${p.clientId} reads ${reads}, hears ${hears}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("REIMB-11 claims and SGK's tables are worked by SGK alone: every action but the reads refuses any other insurer", () => {
    const sgkWork = Object.entries(actions as Record<string, ActionRule<unknown>>).filter(
      ([name, rule]) =>
        /^(reimbursement-claim|sgk-insurance|reimbursement-settings|civil-servant-coefficient|regular-fare-tariff|road-distance|settlement-area):/.test(
          name,
        ) &&
        rule.roles !== ANY_ROLE &&
        rule.roles.length === 1,
    );
    expect(sgkWork.map(([name]) => name).sort()).toEqual([
      "civil-servant-coefficient:set",
      "regular-fare-tariff:set",
      "reimbursement-claim:approve",
      "reimbursement-claim:calculate",
      "reimbursement-claim:pay",
      "reimbursement-claim:reject",
      "reimbursement-claim:submit",
      "reimbursement-settings:update",
      "road-distance:set",
      "settlement-area:set",
      "sgk-insurance:record",
    ]);
    const allowed = sgkWork.flatMap(([name, rule]) =>
      principals.filter((p) => decideWith(rule, p, undefined).allowed).map((p) => `${name}: ${p.clientId}`),
    );
    expect(allowed).toEqual(sgkWork.map(([name]) => `${name}: INSURER-{"kind":"INSURER","insurerCode":"SGK"}`));
    const refusal = decideWith(
      (actions as Record<string, ActionRule<unknown>>)["reimbursement-claim:approve"],
      principals.find((p) => p.clientId.includes("KZ-INS"))!,
      undefined,
    );
    expect(refusal).toEqual({ allowed: false, reason: "only SGK (insurer:SGK) may approve reimbursement claims", rule: "REIMB-11" });
  });

  it("MDS-1 a provincial directorate enters and submits only its own province's data; the coordination unit reviews", () => {
    const rules = actions as Record<string, ActionRule<unknown>>;
    const allowedFor = (name: string, facts: unknown) =>
      principals.filter((p) => decideWith(rules[name], p, facts).allowed).map((p) => p.clientId);
    for (const name of ["monthly-submission:save-draft", "monthly-submission:submit"])
      expect(allowedFor(name, { provinceCode: "06" })).toEqual([`PROVINCIAL_DIRECTORATE-{"kind":"PROVINCE","provinceCode":"06"}`]);
    for (const name of ["monthly-submission:accept", "monthly-submission:request-correction", "monthly-dispatch:record"])
      expect(allowedFor(name, undefined)).toEqual([`COORDINATION_UNIT-{"kind":"NATIONAL"}`]);
  });
});
