import { and, eq, getTableColumns, gt, inArray, isNotNull, lte, notInArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Transaction } from "../../drizzle/database.js";
import { bedReservations, facilities, facilityBeds, facilityClinics } from "../../drizzle/schema/index.js";
import type { BedType, FacilityKind, FacilityOwnership, FacilityRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { badInput, notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { localIdOf, isUuid } from "../platform/conventions/global-id.js";
import { claimIfKeyed } from "../platform/conventions/idempotency.js";
import { inTransaction, refusingOnConstraint, staleVersion, type MutationResult } from "../platform/conventions/mutation.js";
import { keysetPage, literalLimit, tablePage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { checkFacilityPlacement, checkOccupancyReport, isStaleOccupancy, kindsOfLevel, type FacilityLevel } from "./rules.js";

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

export interface OccupancyReport {
  facilityId: string;
  reportedAt: Date;
  beds: { bedType: BedType; free: number }[];
}

export interface FreeBedQuery {
  bedType: BedType;
  provinceCode?: string | null;
  /** Nearest first from here, or from the facility `nearFacilityId` (e.g. the referring hospital). */
  near?: { latitude: number; longitude: number } | null;
  nearFacilityId?: string | null;
}

/** A facility's free beds of one type (ER-8), as the search answers them. */
export interface FreeBedRow {
  facility: FacilityRow;
  bedType: BedType;
  total: number;
  occupied: number;
  /** Beds held for bed searches and not yet counted by the facility's own report. */
  held: number;
  free: number;
  reportedAt: Date | null;
  stale: boolean;
  distanceKm: number;
}

const originFacility = alias(facilities, "origin_facility");
const EARTH_RADIUS_KM = 6371.0088;

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
    authorise(this.ctx.principal, "facility:create", {
      facilityId: null,
      provinceCode: input.countryCode === "TR" ? (input.provinceCode ?? null) : null,
    });
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
      inTransaction(this.ctx, async (t) => {
        const { tx } = t;
        const claim = await claimIfKeyed<{ facilityId: string }>(
          tx,
          { clientId: t.principal.clientId, now: t.clock.now() },
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
            createdAt: t.clock.now(),
            updatedAt: t.clock.now(),
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
    authorise(this.ctx.principal, "facility:update", { facilityId: current.id, provinceCode: current.provinceCode });
    const errors = input.clinics ? this.checkClinics(input.clinics) : [];
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      const [updated] = await tx
        .update(facilities)
        .set({
          ...(input.name != null && { name: input.name }),
          ...(input.hasHealthTourismUnit != null && { hasHealthTourismUnit: input.hasHealthTourismUnit }),
          ...(input.location != null && { latitude: input.location.latitude, longitude: input.location.longitude }),
          version: sql`${facilities.version} + 1`,
          updatedAt: t.clock.now(),
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

  /**
   * ER-8: the hospital's occupancy feed: free beds by type as of `reportedAt`. Holds of patients who arrived
   * by then are counted in the report, so they stop counting against free beds.
   */
  async reportOccupancy(input: OccupancyReport): Promise<MutationResult<FacilityRow>> {
    const facility = await this.get(input.facilityId);
    authorise(this.ctx.principal, "facility:report-occupancy", { facilityId: facility.id });
    const now = this.ctx.clock.now();
    const current = await this.ctx.db.select().from(facilityBeds).where(eq(facilityBeds.facilityId, facility.id));
    const errors = checkOccupancyReport({
      reportedAt: input.reportedAt,
      now,
      capacity: new Map(current.map((b) => [b.bedType, b])),
      beds: input.beds,
    });
    if (errors.length) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      for (const bed of input.beds) {
        await tx
          .update(facilityBeds)
          .set({ occupied: sql`${facilityBeds.total} - ${bed.free}`, occupancyReportedAt: input.reportedAt })
          .where(and(eq(facilityBeds.facilityId, facility.id), eq(facilityBeds.bedType, bed.bedType)));
      }
      await tx
        .update(bedReservations)
        .set({ active: false, releasedAt: now, releaseReason: "REPORTED" })
        .where(
          and(
            eq(bedReservations.facilityId, facility.id),
            inArray(
              bedReservations.bedType,
              input.beds.map((b) => b.bedType),
            ),
            eq(bedReservations.active, true),
            lte(bedReservations.arrivedAt, input.reportedAt),
          ),
        );
      return facility;
    }).finally(() => this.forget(facility.id));
  }

  /**
   * ER-8: free beds of a type, nearest first, in one province or (national level) countrywide, with stale figures
   * marked. One statement per page: capacity, the active holds and the distance from the origin are computed in it.
   */
  async freeBeds(query: FreeBedQuery, args: PageArgs): Promise<Page<FreeBedRow>> {
    authorise(this.ctx.principal, "facility:search-free-beds", { provinceCode: query.provinceCode ?? null });
    if (!query.near === !query.nearFacilityId)
      throw badInput(["filter", "near"], "give either near (a point) or nearFacilityId, the place the search measures from.", "ER-8");
    const values: Record<string, unknown> = { bedType: query.bedType, province: query.provinceCode ?? null };
    // The origin is a point given, or a facility joined into the statement (an unknown one finds nothing).
    let originLatitude: SQL | AnyColumn = sql`${sql.placeholder("latitude")}::float8`;
    let originLongitude: SQL | AnyColumn = sql`${sql.placeholder("longitude")}::float8`;
    if (query.nearFacilityId) {
      const id = localIdOf(query.nearFacilityId, "Facility", ["filter", "nearFacilityId"]);
      if (!isUuid(id)) throw notFound("Facility", query.nearFacilityId);
      values.origin = id;
      originLatitude = originFacility.latitude;
      originLongitude = originFacility.longitude;
    } else {
      values.latitude = query.near!.latitude;
      values.longitude = query.near!.longitude;
    }
    const held = this.ctx.db
      .select({ facilityId: bedReservations.facilityId, count: sql<number>`count(*)::int`.as("held_count") })
      .from(bedReservations)
      .where(and(eq(bedReservations.active, true), eq(bedReservations.bedType, sql.placeholder("bedType"))))
      .groupBy(bedReservations.facilityId)
      .as("held");
    const heldCount = sql<number>`coalesce(${held.count}, 0)`;
    const free = sql<number>`${facilityBeds.total} - ${facilityBeds.occupied} - ${heldCount}`;
    // Haversine over the facilities' coordinates (PostgreSQL 15 has the trigonometry; no extension needed).
    const distanceKm = sql<number>`2 * ${sql.raw(String(EARTH_RADIUS_KM))} * asin(sqrt(
      power(sin(radians(${facilities.latitude} - ${originLatitude}) / 2), 2)
      + cos(radians(${originLatitude})) * cos(radians(${facilities.latitude}))
      * power(sin(radians(${facilities.longitude} - ${originLongitude}) / 2), 2)))`;
    // The cursor key: whole metres as fixed-width text, so it orders as the number does and round-trips exactly.
    const distanceKey = sql<string>`lpad(round(${distanceKm} * 1000)::bigint::text, 9, '0')`;
    const where = and(
      eq(facilityBeds.bedType, sql.placeholder("bedType")),
      query.provinceCode ? eq(facilities.provinceCode, sql.placeholder("province")) : undefined,
      isNotNull(facilities.latitude),
      gt(free, 0),
    );
    const from = () => {
      const select = this.ctx.db
        .select({
          facility: getTableColumns(facilities),
          bedType: facilityBeds.bedType,
          total: facilityBeds.total,
          occupied: facilityBeds.occupied,
          reportedAt: facilityBeds.occupancyReportedAt,
          held: heldCount,
          distanceKm: sql<number>`round((${distanceKm})::numeric, 1)::float8`,
          distanceKey,
        })
        .from(facilityBeds)
        .innerJoin(facilities, eq(facilities.id, facilityBeds.facilityId))
        .leftJoin(held, eq(held.facilityId, facilityBeds.facilityId))
        .$dynamic();
      return query.nearFacilityId ? select.innerJoin(originFacility, eq(originFacility.id, sql.placeholder("origin"))) : select;
    };
    const now = this.ctx.clock.now();
    type Row = Awaited<ReturnType<ReturnType<typeof from>["execute"]>>[number];
    const page = await keysetPage<Row>({
      args,
      // The distance key is an expression, not a column: the page compares and orders by it as it does by a column.
      orderBy: [distanceKey as unknown as AnyColumn, facilities.id],
      keyOf: (row) => [row.distanceKey, row.facility.id],
      fetch: (cursor, order, limit, page) =>
        from()
          .where(and(where, cursor))
          .orderBy(...order)
          .limit(literalLimit(limit))
          .execute({ ...values, ...page.values }),
      count: async () =>
        (
          await this.ctx.db
            .select({ n: sql<number>`count(*)::int` })
            .from(facilityBeds)
            .innerJoin(facilities, eq(facilities.id, facilityBeds.facilityId))
            .leftJoin(held, eq(held.facilityId, facilityBeds.facilityId))
            .where(where)
            .execute(values)
        )[0].n,
    });
    return {
      ...page,
      nodes: page.nodes.map((row) => ({
        facility: row.facility,
        bedType: row.bedType,
        total: row.total,
        occupied: row.occupied,
        held: row.held,
        free: row.total - row.occupied - row.held,
        reportedAt: row.reportedAt,
        stale: isStaleOccupancy(row.reportedAt, now),
        distanceKm: row.distanceKm,
      })),
      cursorAt: page.cursorAt,
    };
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
    // A new capacity keeps each remaining type's reported occupancy (ER-8): only the totals change.
    const byType = new Map(beds.map((b) => [b.bedType, b.total]));
    await tx
      .delete(facilityBeds)
      .where(and(eq(facilityBeds.facilityId, facilityId), byType.size ? notInArray(facilityBeds.bedType, [...byType.keys()]) : undefined));
    if (byType.size)
      await tx
        .insert(facilityBeds)
        .values([...byType].map(([bedType, total]) => ({ facilityId, bedType, total })))
        .onConflictDoUpdate({ target: [facilityBeds.facilityId, facilityBeds.bedType], set: { total: sql`excluded.total` } });
  }
}
