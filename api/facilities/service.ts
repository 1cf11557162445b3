import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Transaction } from "../../drizzle/database.js";
import { facilities, facilityBeds, facilityClinics } from "../../drizzle/schema/index.js";
import type { BedType, FacilityKind, FacilityOwnership, FacilityRow } from "../../drizzle/schema/index.js";
import { decideFacilityWrite } from "../auth/policy.js";
import { forbidden, notFound, userError, type UserError } from "../platform/errors.js";
import { localIdOf, isUuid } from "../platform/global-id.js";
import { claimIfKeyed } from "../platform/idempotency.js";
import { inTransaction, refusingOnConstraint, staleVersion, type MutationResult } from "../platform/mutation.js";
import { tablePage, type Page, type PageArgs } from "../platform/pagination.js";
import type { ServiceContext } from "../platform/service-context.js";
import { checkFacilityPlacement, kindsOfLevel, type FacilityLevel } from "./rules.js";

export interface FacilityQuery {
  provinceCode?: string | null;
  level?: FacilityLevel | null;
  kind?: FacilityKind | null;
  clinic?: string | null;
  hasHealthTourismUnit?: boolean | null;
  countryCode?: string | null;
}

export interface BedCapacityValue {
  bedType: BedType;
  total: number;
}

export interface NewFacility {
  code: string;
  name: string;
  kind: FacilityKind;
  ownership: FacilityOwnership;
  countryCode: string;
  provinceCode?: string | null;
  settlementAreaCode?: string | null;
  district?: string | null;
  location?: { latitude: number; longitude: number } | null;
  clinics: string[];
  bedCapacities: BedCapacityValue[];
  hasHealthTourismUnit: boolean;
  idempotencyKey?: string | null;
}

export interface FacilityChanges {
  id: string;
  expectedVersion: number;
  name?: string | null;
  clinics?: string[] | null;
  bedCapacities?: BedCapacityValue[] | null;
  hasHealthTourismUnit?: boolean | null;
  location?: { latitude: number; longitude: number } | null;
}

const codeTaken = userError(["input", "code"], "TAKEN", "Another facility has this ministry code.", "FAC-2");

/** Facilities are public reference data for every principal; changes are authorised per facility. */
export class FacilityService {
  constructor(private readonly ctx: ServiceContext) {}

  async get(globalId: string): Promise<FacilityRow> {
    const id = localIdOf(globalId, "Facility");
    const facility = isUuid(id) ? await this.ctx.loaders.facilityById.load(id) : null;
    if (!facility) throw notFound("Facility", globalId);
    return facility;
  }

  async getByCode(code: string): Promise<FacilityRow | null> {
    const [facility] = await this.ctx.db.select().from(facilities).where(eq(facilities.code, code));
    return facility ?? null;
  }

  list(filter: FacilityQuery, args: PageArgs): Promise<Page<FacilityRow>> {
    const where = and(...facilityConditions(filter));
    return tablePage(this.ctx.db, facilities, { where, orderBy: [facilities.code], keyOf: (row: FacilityRow) => [row.code], args: args });
  }

  async create(input: NewFacility): Promise<MutationResult<FacilityRow>> {
    const decision = decideFacilityWrite(this.ctx.principal, {
      facilityId: null,
      provinceCode: input.countryCode === "TR" ? (input.provinceCode ?? null) : null,
    });
    if (!decision.allowed) throw forbidden("create this facility", decision.reason, decision.rule);
    const { reference } = this.ctx;
    const district = input.provinceCode && input.district ? reference.districtByName(input.provinceCode, input.district) : null;
    const errors = [
      ...checkFacilityPlacement(
        {
          countryCode: input.countryCode,
          provinceCode: input.provinceCode ?? null,
          settlementAreaCode: input.settlementAreaCode ?? null,
          settlementArea: input.settlementAreaCode ? reference.settlementAreas.get(input.settlementAreaCode) : null,
          districtName: input.district ?? null,
          district,
        },
        ["input"],
      ),
      ...this.checkClinics(input.clinics),
    ];
    if (errors.length) return { value: null, userErrors: errors };
    return refusingOnConstraint("facilities_code_key", codeTaken, () =>
      inTransaction(this.ctx.db, async (tx) => {
        const claim = await claimIfKeyed<{ facilityId: string }>(
          tx,
          { clientId: this.ctx.principal.clientId, now: this.ctx.clock.now() },
          "createFacility",
          input,
        );
        if (claim?.replayed) return this.requireRow(tx, claim.result.facilityId);
        const [facility] = await tx
          .insert(facilities)
          .values({
            code: input.code,
            name: input.name,
            kind: input.kind,
            ownership: input.ownership,
            countryCode: input.countryCode,
            provinceCode: input.countryCode === "TR" ? input.provinceCode : null,
            settlementAreaCode: input.countryCode === "TR" ? input.settlementAreaCode : null,
            districtId: district?.id ?? null,
            latitude: input.location?.latitude ?? null,
            longitude: input.location?.longitude ?? null,
            hasHealthTourismUnit: input.hasHealthTourismUnit,
            createdAt: this.ctx.clock.now(),
            updatedAt: this.ctx.clock.now(),
          })
          .returning();
        await replaceClinicsAndBeds(tx, facility.id, input.clinics, input.bedCapacities);
        await claim?.complete({ facilityId: facility.id });
        return facility;
      }),
    );
  }

  async update(input: FacilityChanges): Promise<MutationResult<FacilityRow>> {
    const current = await this.get(input.id);
    const decision = decideFacilityWrite(this.ctx.principal, { facilityId: current.id, provinceCode: current.provinceCode });
    if (!decision.allowed) throw forbidden("change this facility", decision.reason, decision.rule);
    const errors = input.clinics ? this.checkClinics(input.clinics) : [];
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx.db, async (tx) => {
      const [updated] = await tx
        .update(facilities)
        .set({
          ...(input.name != null && { name: input.name }),
          ...(input.hasHealthTourismUnit != null && { hasHealthTourismUnit: input.hasHealthTourismUnit }),
          ...(input.location != null && { latitude: input.location.latitude, longitude: input.location.longitude }),
          version: sql`${facilities.version} + 1`,
          updatedAt: this.ctx.clock.now(),
        })
        .where(and(eq(facilities.id, current.id), eq(facilities.version, input.expectedVersion)))
        .returning();
      if (!updated) throw staleVersion("Facility", input.expectedVersion, (await this.requireRow(tx, current.id)).version);
      if (input.clinics || input.bedCapacities) {
        await replaceClinicsAndBeds(tx, current.id, input.clinics ?? null, input.bedCapacities ?? null);
      }
      return updated;
    }).finally(() => this.forget(current.id));
  }

  /** The request's loaders may hold what this facility looked like before a write. */
  private forget(facilityId: string) {
    const { loaders } = this.ctx;
    loaders.facilityById.clear(facilityId);
    loaders.clinicCodesByFacilityId.clear(facilityId);
    loaders.bedsByFacilityId.clear(facilityId);
  }

  private checkClinics(codes: string[], path: string[] = ["input", "clinics"]): UserError[] {
    return codes.flatMap((code, index) =>
      this.ctx.reference.clinics.has(code)
        ? []
        : [userError([...path, String(index)], "UNKNOWN_CLINIC", `There is no clinic with the code "${code}".`, "FAC-2")],
    );
  }

  private async requireRow(tx: Transaction, id: string): Promise<FacilityRow> {
    const [row] = await tx.select().from(facilities).where(eq(facilities.id, id));
    return row;
  }
}

function facilityConditions(filter: FacilityQuery): SQL[] {
  const conditions: SQL[] = [];
  if (filter.provinceCode) conditions.push(eq(facilities.provinceCode, filter.provinceCode));
  if (filter.countryCode) conditions.push(eq(facilities.countryCode, filter.countryCode));
  if (filter.kind) conditions.push(eq(facilities.kind, filter.kind));
  if (filter.level) conditions.push(inArray(facilities.kind, kindsOfLevel(filter.level)));
  if (filter.hasHealthTourismUnit != null) conditions.push(eq(facilities.hasHealthTourismUnit, filter.hasHealthTourismUnit));
  if (filter.clinic) {
    conditions.push(
      sql`exists (select 1 from ${facilityClinics} where ${facilityClinics.facilityId} = ${facilities.id} and ${facilityClinics.clinicCode} = ${filter.clinic})`,
    );
  }
  return conditions;
}

async function replaceClinicsAndBeds(tx: Transaction, facilityId: string, clinics: string[] | null, beds: BedCapacityValue[] | null) {
  if (clinics) {
    await tx.delete(facilityClinics).where(eq(facilityClinics.facilityId, facilityId));
    const unique = [...new Set(clinics)];
    if (unique.length) await tx.insert(facilityClinics).values(unique.map((clinicCode) => ({ facilityId, clinicCode })));
  }
  if (beds) {
    await tx.delete(facilityBeds).where(eq(facilityBeds.facilityId, facilityId));
    const byType = new Map(beds.map((b) => [b.bedType, b.total]));
    if (byType.size) await tx.insert(facilityBeds).values([...byType].map(([bedType, total]) => ({ facilityId, bedType, total })));
  }
}
