import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededFacility, startTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";

let app: TestApp;
let coordination: string;
let adanaDirectorate: string;
let ankaraDirectorate: string;
beforeAll(async () => {
  app = await startTestApp();
  coordination = await app.tokenFor("COORDINATION_UNIT", "national");
  adanaDirectorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:01");
  ankaraDirectorate = await app.tokenFor("PROVINCIAL_DIRECTORATE", "province:06");
});
afterAll(() => app?.stop());

const facilityFields = `id code name kind level countryCode hasHealthTourismUnit version
  province { code name } settlementArea { code name } district { name } clinics { code } bedCapacities { bedType total }`;

const listFacilities = `query ($filter: FacilityFilter, $first: Int, $after: String) {
  facilities(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${facilityFields} } }
  }
}`;

const createFacility = `mutation ($input: CreateFacilityInput!) {
  createFacility(input: $input) { facility { ${facilityFields} } userErrors { field message code rule } }
}`;

const updateFacility = `mutation ($input: UpdateFacilityInput!) {
  updateFacility(input: $input) { facility { ${facilityFields} } userErrors { field message code rule } }
}`;

const newFacility = (overrides: Record<string, unknown> = {}) => ({
  code: "990001",
  name: "Ceyhan Yeni Devlet Hastanesi",
  kind: "STATE_HOSPITAL",
  ownership: "PUBLIC",
  countryCode: "TR",
  provinceCode: "01",
  settlementAreaCode: "01-02",
  district: "Ceyhan",
  clinics: ["INTERNAL_MEDICINE", "CARDIOLOGY"],
  bedCapacities: [
    { bedType: "GENERAL", total: 120 },
    { bedType: "ICU_ADULT", total: 12 },
  ],
  ...overrides,
});

async function allFacilities(filter: Record<string, unknown>, token = coordination) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: GraphQLResponse = await app.gql(listFacilities, { filter, first: 100, after }, token);
    expect(errors).toBeUndefined();
    nodes.push(...data!.facilities.edges.map((e: any) => e.node));
    if (!data!.facilities.pageInfo.hasNextPage) return { nodes, totalCount: data!.facilities.totalCount };
    after = data!.facilities.pageInfo.endCursor;
  }
}

describe("FAC-1 levels", () => {
  it("FAC-1 derives the level from the kind: family health centres 1, state/private/oral-dental 2, training-research/university/city 3", async () => {
    const { nodes } = await allFacilities({});
    const expected: Record<string, string> = {
      FAMILY_HEALTH_CENTRE: "PRIMARY",
      STATE_HOSPITAL: "SECONDARY",
      PRIVATE_HOSPITAL: "SECONDARY",
      ORAL_DENTAL_CENTRE: "SECONDARY",
      OCCUPATIONAL_DISEASE_HOSPITAL: "SECONDARY",
      TRAINING_RESEARCH_HOSPITAL: "TERTIARY",
      UNIVERSITY_HOSPITAL: "TERTIARY",
      CITY_HOSPITAL: "TERTIARY",
    };
    expect(new Set(nodes.map((f) => f.kind)).size).toBe(8);
    for (const f of nodes) expect(f.level).toBe(expected[f.kind]);
  });

  it("FAC-1 filters by level", async () => {
    const { nodes, totalCount } = await allFacilities({ level: "TERTIARY", provinceCode: "01" });
    expect(totalCount).toBe(nodes.length);
    expect(nodes.length).toBeGreaterThan(0);
    for (const f of nodes) expect(["TRAINING_RESEARCH_HOSPITAL", "UNIVERSITY_HOSPITAL", "CITY_HOSPITAL"]).toContain(f.kind);
  });
});

describe("FAC-2 facility data", () => {
  it("FAC-2 exposes province, settlement area, district, clinics and bed capacity by type, and filters by clinic and tourism unit", async () => {
    const { nodes } = await allFacilities({ clinic: "ONCOLOGY", hasHealthTourismUnit: true });
    expect(nodes.length).toBeGreaterThan(0);
    for (const f of nodes) {
      expect(f.clinics.map((c: any) => c.code)).toContain("ONCOLOGY");
      expect(f.hasHealthTourismUnit).toBe(true);
    }
    const ceyhan = await seededFacility(app.db, (f) => f.name.startsWith("Ceyhan Devlet"));
    const { data } = await app.gql(
      `query ($code: String!) { facilityByCode(code: $code) { ${facilityFields} } }`,
      { code: ceyhan.code },
      coordination,
    );
    expect(data!.facilityByCode).toMatchObject({ province: { code: "01", name: "Adana" }, district: { name: "Ceyhan" } });
    expect(data!.facilityByCode.settlementArea.name).toBe("Ceyhan");
    expect(data!.facilityByCode.bedCapacities.length).toBeGreaterThan(0);
  });

  it("FAC-2 refuses a district outside the facility's settlement area", async () => {
    const { data } = await app.gql(createFacility, { input: newFacility({ code: "990004", settlementAreaCode: "01-01" }) }, coordination);
    expect(data!.createFacility.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "district"], code: "NOT_IN_SETTLEMENT_AREA", rule: "FAC-2" }),
    ]);
  });

  it("FAC-2 refuses a settlement area of another province and an unknown clinic, storing nothing", async () => {
    const { data } = await app.gql(
      createFacility,
      { input: newFacility({ settlementAreaCode: "06-01", clinics: ["NOT_A_CLINIC"] }) },
      coordination,
    );
    expect(data!.createFacility.facility).toBeNull();
    expect(data!.createFacility.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "settlementAreaCode"], rule: "FAC-2", code: "NOT_IN_PROVINCE" }),
        expect.objectContaining({ field: ["input", "clinics", "0"], rule: "FAC-2", code: "UNKNOWN_CLINIC" }),
      ]),
    );
    const again = await app.gql(`{ facilityByCode(code: "990001") { id } }`, {}, coordination);
    expect(again.data!.facilityByCode).toBeNull();
  });
});

describe("FAC-3 overseas facilities", () => {
  it("FAC-3 lists the ministry's overseas hospitals by country, without a Turkish province", async () => {
    for (const country of ["SD", "SO", "BD", "SY"]) {
      const { nodes } = await allFacilities({ countryCode: country });
      expect(nodes.length).toBeGreaterThan(0);
      for (const f of nodes) expect(f).toMatchObject({ countryCode: country, province: null, settlementArea: null });
    }
  });

  it("FAC-3 refuses an overseas facility placed in a Turkish province", async () => {
    const { data } = await app.gql(
      createFacility,
      { input: newFacility({ code: "990002", countryCode: "SO", settlementAreaCode: null, district: null }) },
      coordination,
    );
    expect(data!.createFacility.userErrors).toEqual([expect.objectContaining({ rule: "FAC-3", code: "OVERSEAS_HAS_NO_PROVINCE" })]);
    const created = await app.gql(
      createFacility,
      {
        input: newFacility({
          code: "990003",
          name: "Mogadişu Saha Kliniği",
          countryCode: "SO",
          provinceCode: null,
          settlementAreaCode: null,
          district: null,
        }),
      },
      coordination,
    );
    expect(created.data!.createFacility.facility).toMatchObject({ countryCode: "SO", province: null, level: "SECONDARY" });
  });
});

describe("facility writes: authorisation, idempotency, optimistic concurrency", () => {
  it("a provincial directorate creates facilities of its own province only", async () => {
    const own = await app.gql(createFacility, { input: newFacility({ code: "990010" }) }, adanaDirectorate);
    expect(own.data!.createFacility.userErrors).toEqual([]);
    const other = await app.gql(createFacility, { input: newFacility({ code: "990011" }) }, ankaraDirectorate);
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("a province cannot change another province's facility; a hospital changes only its own", async () => {
    const ceyhan = await seededFacility(app.db, (f) => f.name.startsWith("Ceyhan Devlet"));
    const id = Buffer.from(`Facility:${ceyhan.id}`).toString("base64url");
    const denied = await app.gql(updateFacility, { input: { id, expectedVersion: 1, hasHealthTourismUnit: true } }, ankaraDirectorate);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const otherHospital = await seededFacility(app.db, (f) => f.provinceCode === "06" && f.kind === "STATE_HOSPITAL");
    const foreignHospital = await app.tokenFor("PARTNER_HOSPITAL", `facility:${otherHospital.code}`);
    expect(
      (await app.gql(updateFacility, { input: { id, expectedVersion: 1, name: "x y z" } }, foreignHospital)).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    const ownHospital = await app.tokenFor("PARTNER_HOSPITAL", `facility:${ceyhan.code}`);
    const changed = await app.gql(
      updateFacility,
      { input: { id, expectedVersion: 1, bedCapacities: [{ bedType: "GENERAL", total: 250 }] } },
      ownHospital,
    );
    expect(changed.data!.updateFacility.facility).toMatchObject({ version: 2, bedCapacities: [{ bedType: "GENERAL", total: 250 }] });
  });

  it("a stale expectedVersion is refused with CONFLICT and changes nothing", async () => {
    const created = await app.gql(createFacility, { input: newFacility({ code: "990020" }) }, coordination);
    const { id } = created.data!.createFacility.facility;
    const first = await app.gql(updateFacility, { input: { id, expectedVersion: 1, name: "Birinci Ad" } }, coordination);
    expect(first.data!.updateFacility.facility.version).toBe(2);
    const stale = await app.gql(updateFacility, { input: { id, expectedVersion: 1, name: "İkinci Ad" } }, coordination);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const { data } = await app.gql(`query ($id: ID!) { facility(id: $id) { name version } }`, { id }, coordination);
    expect(data!.facility).toEqual({ name: "Birinci Ad", version: 2 });
  });

  it("a retried create with the same idempotency key returns the first facility and writes nothing new", async () => {
    const input = newFacility({ code: "990030", idempotencyKey: "create-990030-attempt" });
    const [a, b] = [await app.gql(createFacility, { input }, coordination), await app.gql(createFacility, { input }, coordination)];
    expect(b.data!.createFacility.facility.id).toBe(a.data!.createFacility.facility.id);
    const reused = await app.gql(createFacility, { input: { ...input, name: "Başka Hastane" } }, coordination);
    expect(reused.errors?.[0].extensions?.code).toBe("CONFLICT");
    // A key answers with its first result for 24 hours; after that it starts a new request.
    app.clock.advance(25 * 3600_000);
    try {
      const later = await app.gql(createFacility, { input: { ...input, code: "990031", name: "Başka Hastane" } }, coordination);
      expect(later.errors).toBeUndefined();
      expect(later.data!.createFacility.facility.code).toBe("990031");
    } finally {
      app.clock.advance(-25 * 3600_000);
    }
    const duplicateCode = await app.gql(createFacility, { input: newFacility({ code: "990030" }) }, coordination);
    expect(duplicateCode.data!.createFacility.userErrors[0]).toMatchObject({ field: ["input", "code"], code: "TAKEN" });
  });

  it("bad input names the field and stores nothing", async () => {
    const response = await app.gql(
      createFacility,
      { input: newFacility({ code: "12", bedCapacities: [{ bedType: "GENERAL", total: -1 }] }) },
      coordination,
    );
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const fields = response.errors![0].extensions!.fields.map((f: any) => f.field.join("."));
    expect(fields).toEqual(expect.arrayContaining(["code", "bedCapacities.0.total"]));
    expect(JSON.stringify(response.errors)).not.toContain("-1");
  });
});
