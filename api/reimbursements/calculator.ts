import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { facilities, facilityClinics, referralHistory, referrals } from "../../drizzle/schema/index.js";
import type { FacilityRow, ReferralRow } from "../../drizzle/schema/index.js";
import { recordAccess } from "../audit/access-log.js";
import { authorise } from "../auth/authorise.js";
import { levelOfKind, kindsOfLevel } from "../facilities/rules.js";
import type { ReferralService } from "../referrals/service.js";
import { badInput, notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { findByGlobalId } from "../platform/conventions/lookup.js";
import { literalLimit } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";
import { calendarDate } from "../platform/time/clock.js";
import { holidaySet } from "../platform/time/holidays.js";
import { identifierKeysOf } from "./access.js";
import type { SgkReferenceDataService } from "./reference-data.js";
import type { SgkTablesService } from "./reference-tables.js";
import type { DistanceFacts, FacilityFacts, ReferenceFacts, ReferralFacts, Statement, TripFacts } from "./rules/facts.js";
import { checkReferenceCoverage } from "./rules/reference-coverage.js";
import { calculateStatement } from "./rules/statement.js";
import { checkTripFacts } from "./rules/trip.js";

/** The trip as the API takes it: facility IDs still global, optional lists possibly absent. */
export interface TripInputValue {
  applicationDate: string;
  departureDate: string;
  returnDate: string;
  transport: TripFacts["transport"];
  tickets?: {
    person: "PATIENT" | "COMPANION";
    leg: "OUTBOUND" | "RETURN";
    amountMinor: number;
    cabinClass?: "ECONOMY" | "BUSINESS" | "VIP" | null;
    economyFareMinor?: number | null;
  }[];
  healthBoardReport?: TripFacts["healthBoardReport"] | null;
  emergencyTransportDocument?: TripFacts["emergencyTransportDocument"] | null;
  outpatientDays?: string[];
  inpatientDays?: string[];
  sickLeaveDays?: string[];
  sameDayDischarge?: boolean;
  onwardReferrals?: { facilityId: string; outpatientDays: string[] }[];
  companion?: { recordedOnReferral: boolean; transport?: TripFacts["transport"] | null } | null;
}

export interface ExplicitReferralFacts {
  originFacilityId: string;
  destinationFacilityId: string;
  clinicCode: string;
  medicalGrounds: ReferralRow["medicalGrounds"];
  urgency: ReferralRow["urgency"];
  companionRequired: boolean;
  referralDate: string;
  diagnosisIcd10?: string | null;
}

export interface QuoteRequest {
  referralId?: string | null;
  referral?: ExplicitReferralFacts | null;
  trip: TripInputValue;
}

export type QuoteResult = { statement: Statement; userErrors: [] } | { statement: null; userErrors: UserError[] };

/** A claim's calculation: input errors refuse it; reference gaps leave it waiting; otherwise the statement. */
export interface Calculation {
  inputErrors: UserError[];
  pendingBecause: UserError[];
  statement: Statement | null;
}

const TRIP_PATH = ["input", "trip"];
/** Missing reference data: a claim waits SUBMITTED until it is added, instead of being refused. */
const REFERENCE_GAPS = new Set(["NO_COEFFICIENT", "NO_FARE_TARIFF", "NO_HOLIDAY_CALENDAR"]);

/**
 * The calculator (REIMB-1..10, 13): gathers the facts of a referral, a trip and the reference tables, and hands
 * them to the pure `calculateStatement`. Quotes, claims and the pre-referral check all calculate through it.
 */
export class ReimbursementCalculator {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly referralService: ReferralService,
    private readonly referenceData: SgkReferenceDataService,
    private readonly tables: SgkTablesService,
  ) {}

  /** The what-if statement for a stored referral or explicit facts; writes nothing but the access log. */
  async quote(request: QuoteRequest): Promise<QuoteResult> {
    if (Boolean(request.referralId) === Boolean(request.referral))
      throw badInput(["input", "referralId"], "give either referralId (a stored referral) or referral (its facts), not both.");
    let facts: ReferralFacts | UserError[];
    if (request.referralId) {
      const row = await findByGlobalId(this.ctx.db, referrals, "Referral", request.referralId, ["input", "referralId"]);
      const decision = authorise(this.ctx.principal, "reimbursement:quote", {
        referralReadable: this.referralService.mayRead(row),
        patientIdentifiers: await identifierKeysOf(this.ctx, row.patientId),
      });
      await recordAccess(this.ctx.db, this.ctx, [{ patientId: row.patientId, action: "reimbursement.quote", basis: decision.basis }]);
      facts = await this.storedReferralFacts(row);
    } else {
      facts = await this.explicitReferralFacts(request.referral!);
    }
    if (Array.isArray(facts)) return { statement: null, userErrors: facts };
    return this.statementFor(facts, request.trip);
  }

  /** Input errors refuse the claim; reference gaps (no coefficient or tariff yet) leave it SUBMITTED until SGK adds them. */
  async calculationOf(referral: ReferralRow, trip: TripInputValue): Promise<Calculation> {
    const facts = await this.storedReferralFacts(referral);
    if (Array.isArray(facts)) return { inputErrors: facts, pendingBecause: [], statement: null };
    const result = await this.statementFor(facts, trip);
    if (result.statement) return { inputErrors: [], pendingBecause: [], statement: result.statement };
    const pending = result.userErrors.filter((e) => REFERENCE_GAPS.has(e.code));
    return pending.length === result.userErrors.length
      ? { inputErrors: [], pendingBecause: pending, statement: null }
      : { inputErrors: result.userErrors.filter((e) => !pending.includes(e)), pendingBecause: [], statement: null };
  }

  private async statementFor(referral: ReferralFacts, tripInput: TripInputValue): Promise<QuoteResult> {
    const trip = await this.tripFacts(tripInput);
    if (Array.isArray(trip)) return { statement: null, userErrors: trip };
    const inputErrors = checkTripFacts(referral, trip, TRIP_PATH);
    if (inputErrors.length > 0) return { statement: null, userErrors: inputErrors };
    const facts = await this.referenceFacts(referral);
    const reference = { ...facts, actual: facts.actual! };
    const coverage = checkReferenceCoverage(referral, trip, reference, TRIP_PATH);
    if (coverage.length > 0) return { statement: null, userErrors: coverage };
    return { statement: calculateStatement(referral, trip, reference), userErrors: [] };
  }

  private async storedReferralFacts(row: ReferralRow): Promise<ReferralFacts | UserError[]> {
    const at = ["input", "referralId"];
    if (!row.destinationFacilityId)
      return [userError(at, "REFERRAL_NOT_PLACED", "The referral has no destination yet: it is placed first (REF-2).", "REIMB-11")];
    const [origin, destination, arrival] = await Promise.all([
      this.facilityFacts(row.originFacilityId),
      this.facilityFacts(row.destinationFacilityId),
      this.ctx.db
        .select({ at: referralHistory.at })
        .from(referralHistory)
        .where(and(eq(referralHistory.entityId, row.id), eq(referralHistory.toState, "PATIENT_ARRIVED")))
        .orderBy(asc(referralHistory.id))
        .limit(literalLimit(1)),
    ]);
    if (!origin || !destination)
      return [userError(at, "NOT_IN_TURKEY", "SGK travel is paid for referrals between facilities in Türkiye.", "REIMB-1")];
    return {
      origin,
      destination,
      recordedArrivalDate: arrival[0] ? calendarDate(arrival[0].at) : null,
      clinicCode: row.clinicCode,
      medicalGrounds: row.medicalGrounds,
      urgency: row.urgency,
      companionRequired: row.companionRequired,
      referralDate: calendarDate(row.createdAt),
      diagnosisIcd10: row.diagnosisIcd10,
    };
  }

  private async explicitReferralFacts(input: ExplicitReferralFacts): Promise<ReferralFacts | UserError[]> {
    const path = ["input", "referral"];
    const originId = localIdOf(input.originFacilityId, "Facility", [...path, "originFacilityId"]);
    const destinationId = localIdOf(input.destinationFacilityId, "Facility", [...path, "destinationFacilityId"]);
    const [origin, destination] = await Promise.all([this.facilityFacts(originId), this.facilityFacts(destinationId)]);
    const errors: UserError[] = [];
    if (origin === undefined) throw notFound("Facility", input.originFacilityId);
    if (destination === undefined) throw notFound("Facility", input.destinationFacilityId);
    if (origin === null)
      errors.push(userError([...path, "originFacilityId"], "NOT_IN_TURKEY", "The referring facility is not in Türkiye.", "REIMB-1"));
    if (destination === null)
      errors.push(
        userError([...path, "destinationFacilityId"], "NOT_IN_TURKEY", "SGK travel is paid for referrals within Türkiye.", "REIMB-1"),
      );
    if (!this.ctx.reference.clinics.has(input.clinicCode))
      errors.push(userError([...path, "clinicCode"], "UNKNOWN_CLINIC", `There is no clinic ${input.clinicCode}.`, "REIMB-3"));
    if (errors.length > 0) return errors;
    return {
      ...input,
      diagnosisIcd10: input.diagnosisIcd10 ?? null,
      origin: origin!,
      destination: destination!,
      recordedArrivalDate: null,
    };
  }

  /** undefined: no such facility; null: an overseas facility (no settlement area). */
  async facilityFacts(facilityId: string): Promise<FacilityFacts | null | undefined> {
    const row = await this.ctx.loaders.facilityById.load(facilityId);
    if (!row) return undefined;
    return toFacilityFacts(row);
  }

  private async tripFacts(input: TripInputValue): Promise<TripFacts | UserError[]> {
    const onward = await Promise.all(
      (input.onwardReferrals ?? []).map(async (o, i) => {
        const id = localIdOf(o.facilityId, "Facility", [...TRIP_PATH, "onwardReferrals", String(i), "facilityId"]);
        const facility = await this.facilityFacts(id);
        if (facility === undefined) throw notFound("Facility", o.facilityId);
        return facility ? { facility, outpatientDays: o.outpatientDays } : null;
      }),
    );
    const overseas = onward.findIndex((o) => o === null);
    if (overseas >= 0)
      return [
        userError(
          [...TRIP_PATH, "onwardReferrals", String(overseas), "facilityId"],
          "NOT_IN_TURKEY",
          "An onward referral within Türkiye.",
          "REIMB-7",
        ),
      ];
    return {
      applicationDate: input.applicationDate,
      departureDate: input.departureDate,
      returnDate: input.returnDate,
      transport: input.transport,
      tickets: (input.tickets ?? []).map((t) => ({
        person: t.person,
        leg: t.leg,
        amountMinor: t.amountMinor,
        cabinClass: t.cabinClass ?? null,
        economyFareMinor: t.economyFareMinor ?? null,
      })),
      healthBoardReport: input.healthBoardReport ?? null,
      emergencyTransportDocument: input.emergencyTransportDocument ?? null,
      outpatientDays: input.outpatientDays ?? [],
      inpatientDays: input.inpatientDays ?? [],
      sickLeaveDays: input.sickLeaveDays ?? [],
      sameDayDischarge: input.sameDayDischarge ?? false,
      onwardReferrals: onward.filter((o) => o !== null),
      companion: input.companion
        ? { recordedOnReferral: input.companion.recordedOnReferral, transport: input.companion.transport ?? null }
        : null,
    };
  }

  /** Distances, the nearest able level-3 facility, the coefficient and tariff tables, holidays, deadlines and condition lists. */
  async referenceFacts(
    referral: Omit<ReferralFacts, "destination"> & { destination: FacilityFacts | null },
  ): Promise<Omit<ReferenceFacts, "actual"> & { actual: DistanceFacts | null }> {
    const from = referral.origin.settlementAreaCode;
    const day = referral.referralDate;
    const [nearestTertiary, actual, coefficients, tariffs, holidays, settings] = await Promise.all([
      this.nearestTertiary(from, referral.clinicCode, day),
      referral.destination
        ? this.referenceData
            .distancesFrom(from, [referral.destination.settlementAreaCode], day)
            .then((d) => d.get(referral.destination!.settlementAreaCode)!)
        : null,
      this.tables.coefficients(),
      this.tables.tariffs(),
      holidaySet(this.ctx.db, "TR"),
      this.tables.settings(),
    ]);
    return {
      actual,
      nearestTertiary,
      coefficients,
      tariffs,
      holidays,
      deadlines: settings.value.deadlines,
      conditions: settings.value.conditions,
    };
  }

  /** REIMB-3: the level-3 facility with the clinic nearest by road to the origin's settlement area (0 km inside it). */
  private async nearestTertiary(from: string, clinicCode: string, day: string): Promise<ReferenceFacts["nearestTertiary"]> {
    const candidates = await this.ctx.db
      .select({ facility: facilities })
      .from(facilities)
      .innerJoin(facilityClinics, and(eq(facilityClinics.facilityId, facilities.id), eq(facilityClinics.clinicCode, clinicCode)))
      .where(and(inArray(facilities.kind, kindsOfLevel(3)), isNotNull(facilities.settlementAreaCode)));
    if (candidates.length === 0) return null;
    const distances = await this.referenceData.distancesFrom(
      from,
      candidates.map((c) => c.facility.settlementAreaCode!),
      day,
    );
    const [nearest] = candidates
      .map(({ facility }) => ({
        code: facility.code,
        facility: toFacilityFacts(facility)!,
        distance: distances.get(facility.settlementAreaCode!)!,
      }))
      .sort((a, b) => a.distance.km - b.distance.km || a.code.localeCompare(b.code));
    return { facility: nearest.facility, distance: nearest.distance };
  }
}

function toFacilityFacts(row: FacilityRow): FacilityFacts | null {
  if (!row.provinceCode || !row.settlementAreaCode) return null;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    level: levelOfKind[row.kind],
    provinceCode: row.provinceCode,
    settlementAreaCode: row.settlementAreaCode,
  };
}
