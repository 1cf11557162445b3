import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { createClient, type NewClient } from "../../api/auth/clients.js";
import type { Database, Executor } from "../database.js";
import { demoClientsFile, seedDataFolder } from "../paths.js";
import { seedDemoStaff, writeDemoStaff } from "../../api/staff/demo-staff.js";
import {
  apiClients,
  approvalDepartments,
  approvalTemplates,
  departmentHeads,
  civilServantCoefficients,
  regularFareBands,
  regularFareTariffs,
  kzGuaranteedDiseases,
  kzPhcOrganisations,
  kzServiceQuotas,
  publicHolidays,
  clinics,
  districts,
  facilities,
  facilityBeds,
  facilityClinics,
  patientIdentifiers,
  patients,
  physicians,
  provinces,
  roadDistances,
  settlementAreas,
  role as roleEnum,
} from "../schema/index.js";
import type { BedType, FacilityKind, FacilityOwnership, Role } from "../schema/index.js";
import { generatePatients, origins, samplePatients, type GeneratedPatient } from "./patients.js";
import { SeededRandom } from "./random.js";
import { groupBy } from "../../api/platform/conventions/collections.js";
import { parseCoefficient } from "../../api/reimbursements/money.js";

type CsvRow = Record<string, string>;

function readCsv(file: string, folder = seedDataFolder()): CsvRow[] {
  return parse(readFileSync(join(folder, file), "utf8"), { columns: true, skip_empty_lines: true, trim: true });
}

/** Inserts in slices, keeping each statement under PostgreSQL's parameter limit. */
async function insertAll<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedGeography(db: Executor, folder = seedDataFolder()) {
  await db.insert(provinces).values(readCsv("provinces.csv", folder).map((r) => ({ code: r.code, name: r.name })));
  await db.insert(settlementAreas).values(
    readCsv("settlement-areas.csv", folder).map((r) => ({
      code: r.code,
      provinceCode: r.province_code,
      name: r.name,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
    })),
  );
  await db.insert(districts).values(
    readCsv("districts.csv", folder).map((r) => ({
      provinceCode: r.province_code,
      name: r.name,
      settlementAreaCode: r.settlement_area_code,
    })),
  );
  const distances = readCsv("road-distances.csv", folder).map((r) => ({ fromCode: r.from_code, toCode: r.to_code, km: Number(r.km) }));
  await insertAll(distances, (slice) => db.insert(roadDistances).values(slice));
  await db.insert(clinics).values(readCsv("clinics.csv", folder).map((r) => ({ code: r.code, nameTr: r.name_tr, nameEn: r.name_en })));
}

export async function seedFacilities(db: Executor, folder = seedDataFolder()) {
  const districtRows = await db.select().from(districts);
  const districtId = new Map(districtRows.map((d) => [`${d.provinceCode}|${d.name}`, d.id]));
  for (const r of readCsv("facilities.csv", folder)) {
    const domestic = r.country_code === "TR";
    const [facility] = await db
      .insert(facilities)
      .values({
        code: r.code,
        name: r.name,
        kind: r.kind as FacilityKind,
        ownership: r.ownership as FacilityOwnership,
        countryCode: r.country_code,
        provinceCode: domestic ? r.province_code : null,
        settlementAreaCode: domestic ? r.settlement_area_code : null,
        districtId: domestic ? (districtId.get(`${r.province_code}|${r.district}`) ?? null) : null,
        latitude: r.latitude ? Number(r.latitude) : null,
        longitude: r.longitude ? Number(r.longitude) : null,
        hasHealthTourismUnit: r.has_health_tourism_unit === "true",
      })
      .returning({ id: facilities.id });
    const clinicCodes = r.clinics ? r.clinics.split(";").filter(Boolean) : [];
    if (clinicCodes.length)
      await db.insert(facilityClinics).values(clinicCodes.map((clinicCode) => ({ facilityId: facility.id, clinicCode })));
    const beds = r.beds
      ? r.beds
          .split(";")
          .filter(Boolean)
          .map((pair) => pair.split(":"))
      : [];
    if (beds.length)
      await db
        .insert(facilityBeds)
        .values(beds.map(([bedType, total]) => ({ facilityId: facility.id, bedType: bedType as BedType, total: Number(total) })));
  }
}

/** Patients with their identifiers; creation instants one second apart so list order is stable. */
export async function seedPatients(db: Executor, list: GeneratedPatient[], startAt = new Date("2026-01-05T07:00:00Z")) {
  const domestic = await db
    .select({ id: facilities.id })
    .from(facilities)
    .where(eq(facilities.countryCode, "TR"))
    .orderBy(asc(facilities.code));
  await insertAll(list, async (slice) => {
    const offset = list.indexOf(slice[0]);
    const rows = await db
      .insert(patients)
      .values(
        slice.map((p, i) => {
          const at = new Date(startAt.getTime() + (offset + i) * 1000);
          const { identifiers: _identifiers, ...personal } = p;
          return { ...personal, registeringFacilityId: domestic[(offset + i) % domestic.length]?.id ?? null, createdAt: at, updatedAt: at };
        }),
      )
      .returning({ id: patients.id });
    await db
      .insert(patientIdentifiers)
      .values(slice.flatMap((p, i) => p.identifiers.map((identifier) => ({ ...identifier, patientId: rows[i].id }))));
  });
}

/** APR-1: the approval chain templates, as data. */
export async function seedApprovalTemplates(db: Executor, folder = seedDataFolder()) {
  const templates = JSON.parse(readFileSync(join(folder, "approval-templates.json"), "utf8")) as (typeof approvalTemplates.$inferInsert)[];
  await db.insert(approvalTemplates).values(templates);
}

/** Turkish and Kazakh public holidays: business-day deadlines (REIMB-10, KZ-7) skip them and weekends. */
export async function seedPublicHolidays(db: Executor, folder = seedDataFolder()) {
  await db
    .insert(publicHolidays)
    .values(readCsv("public-holidays.csv", folder).map((r) => ({ countryCode: r.country, day: r.day, name: r.name })));
}

/**
 * SGK reference data: the civil-servant coefficient's published periods (REIMB-8) and the regular
 * intercity fare tariffs by km band (REIMB-5; the bands are this project's assumed tariff, see README).
 */
export async function seedReimbursementReference(db: Executor, folder = seedDataFolder()) {
  const createdAt = new Date("2026-01-01T00:00:00Z");
  const createdByClientId = "seed";
  await db
    .insert(civilServantCoefficients)
    .values(
      readCsv("civil-servant-coefficients.csv", folder).map((r) => ({
        validFrom: r.valid_from,
        validUntil: r.valid_until,
        coefficientMillionths: parseCoefficient(r.coefficient),
        createdByClientId,
        createdAt,
      })),
    )
    // Migration 0025 brings the periods published since the first seed to older databases; a fresh one has them already.
    .onConflictDoNothing();
  const bands = readCsv("regular-fare-tariffs.csv", folder);
  for (const [validFrom, rows] of groupBy(bands, (r) => r.valid_from)) {
    const [tariff] = await db
      .insert(regularFareTariffs)
      .values({ validFrom, validUntil: rows[0].valid_until, source: "assumed tariff (demo seed)", createdByClientId, createdAt })
      .returning();
    await db
      .insert(regularFareBands)
      .values(
        rows.map((r) => ({ tariffId: tariff.id, fromKm: Number(r.from_km), toKm: Number(r.to_km), fareMinor: Number(r.fare_minor) })),
      );
  }
}

/** Kazakhstan's reference data (seed 004). */
export async function seedKazakhstan(db: Executor, folder = seedDataFolder()) {
  await db.insert(kzPhcOrganisations).values(
    readCsv("kz-phc-organisations.csv", folder).map((r) => ({
      code: r.code,
      name: r.name,
      city: r.city,
      districts: r.districts.split(";"),
    })),
  );
  await db
    .insert(kzGuaranteedDiseases)
    .values(readCsv("kz-guaranteed-diseases.csv", folder).map((r) => ({ code: r.code, nameRu: r.name_ru, nameEn: r.name_en })));
  await db.insert(kzServiceQuotas).values(
    readCsv("kz-service-quotas.csv", folder).map((r) => ({
      code: r.code,
      nameRu: r.name_ru,
      nameEn: r.name_en,
      limitCount: Number(r.limit_count),
      period: r.period as "CALENDAR_YEAR" | "SIX_MONTHS",
    })),
  );
}

/** Two physicians in every clinic of Adana's state and city hospitals, for the MHRS demo. */
export async function seedPhysicians(db: Executor, random = new SeededRandom(182)) {
  const rows = await db
    .select({ facilityId: facilities.id, clinicCode: facilityClinics.clinicCode })
    .from(facilities)
    .innerJoin(facilityClinics, eq(facilityClinics.facilityId, facilities.id))
    .where(and(eq(facilities.provinceCode, "01"), inArray(facilities.kind, ["STATE_HOSPITAL", "CITY_HOSPITAL"])))
    .orderBy(asc(facilities.code), asc(facilityClinics.clinicCode));
  const names = origins.TR;
  const values = rows.flatMap((row, i) =>
    [0, 1].map((n) => ({
      ...row,
      registryNumber: String(100000 + i * 2 + n),
      title: random.pick(["Uzm. Dr.", "Op. Dr.", "Doç. Dr."]),
      givenName: random.pick(random.next() < 0.5 ? names.male : names.female),
      familyName: random.pick(names.family),
    })),
  );
  await insertAll(values, (slice) => db.insert(physicians).values(slice));
}

/** One demo client per role, each with the scope a demo of that role needs. */
export async function demoScopes(db: Executor): Promise<Record<Role, string>> {
  const [hospital] = await db
    .select({ code: facilities.code })
    .from(facilities)
    .where(and(eq(facilities.provinceCode, "01"), eq(facilities.kind, "STATE_HOSPITAL")))
    .orderBy(asc(facilities.code))
    .limit(1);
  return {
    PARTNER_HOSPITAL: `facility:${hospital.code}`,
    PROVINCIAL_DIRECTORATE: "province:01",
    COORDINATION_UNIT: "national",
    DEPARTMENT_HEAD: "national",
    DEPUTY_GENERAL_DIRECTOR: "national",
    GENERAL_DIRECTOR: "national",
    EMERGENCY_112: "province:01",
    PROVINCIAL_CRISIS_CENTRE: "province:01",
    NATIONAL_CRISIS_CENTRE: "national",
    INSURER: "insurer:SGK",
    EGOV_PORTAL: "person:TCKN:10000000146",
    PHC_ORGANISATION: "organisation:KZ-ALA-PHC-01",
    AUDITOR: "national",
  };
}

export async function seedDemoClients(db: Executor): Promise<NewClient[]> {
  const scopes = await demoScopes(db);
  const created: NewClient[] = [];
  for (const role of roleEnum.enumValues) {
    created.push(
      await createClient(db, { role, scope: scopes[role], name: `Demo ${role.toLowerCase().replaceAll("_", " ")}`, isDemo: true }),
    );
  }
  // APR-6: the demo Department Head heads every department (an acting head), so the demo's chains can be decided.
  const head = created.find((c) => c.role === "DEPARTMENT_HEAD")!;
  const departments = await db.select({ code: approvalDepartments.code }).from(approvalDepartments);
  await db.insert(departmentHeads).values(
    departments.map((d) => ({
      clientId: head.clientId,
      departmentCode: d.code,
      assignedByClientId: "seed",
      assignedAt: new Date("2026-01-01T00:00:00Z"),
    })),
  );
  // The Ankara hospital of seed 003's worked examples, to receive referrals from Ceyhan in the sandbox.
  created.push(
    await createClient(db, {
      role: "PARTNER_HOSPITAL",
      scope: "facility:106101",
      name: "Demo Ankara Bilkent Şehir Hastanesi",
      isDemo: true,
    }),
  );
  // The demo staff accounts (people signing in through the browser), beside the demo clients.
  await seedDemoStaff(db);
  // egov.kz acting for a foreigner in Kazakhstan (the sample IIN of DOMAIN ID-2).
  created.push(
    await createClient(db, { role: "EGOV_PORTAL", scope: "person:IIN:900101300007", name: "Demo egov.kz portal", isDemo: true }),
  );
  return created;
}

export const DEMO_PATIENT_COUNT = 120;

/**
 * The published reference data only (provinces, districts, facilities and clinics, approval templates, public holidays,
 * Kazakhstan's lists, fare tariffs, distances and coefficients): what a production database needs, with no person in it.
 */
export async function seedPublishedReference(db: Executor): Promise<void> {
  await seedGeography(db);
  await seedFacilities(db);
  await seedApprovalTemplates(db);
  await seedPublicHolidays(db);
  await seedKazakhstan(db);
  await seedReimbursementReference(db);
}

/** The deterministic reference data of the demo (the published data and made-up patients and physicians): what the embedded template holds. */
export async function seedReference(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await seedPublishedReference(tx);
    await seedPatients(tx, [...samplePatients, ...generatePatients(DEMO_PATIENT_COUNT)]);
    await seedPhysicians(tx);
  });
}

/** The reference data and one demo client per role: the examples, the sandbox and local runs use it. */
export async function seedDemo(db: Database): Promise<{ clients: NewClient[] }> {
  await seedReference(db);
  return { clients: await db.transaction((tx) => seedDemoClients(tx)) };
}

export async function isSeeded(db: Database): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(provinces);
  return n > 0;
}

/** Whether the demo clients exist (a data directory copied from the template has the reference data only). */
export async function hasDemoClients(db: Database): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(apiClients).where(eq(apiClients.isDemo, true));
  return n > 0;
}

export function writeDemoClients(dataDir: string, clients: NewClient[]): string {
  mkdirSync(dataDir, { recursive: true });
  const file = demoClientsFile(dataDir);
  writeFileSync(file, JSON.stringify(clients, null, 2) + "\n", { mode: 0o600 });
  // The demo staff accounts' passwords and TOTP secrets beside them (demo-staff.json).
  writeDemoStaff(dataDir);
  return file;
}
