import { randomUUID } from "node:crypto";
import { setImmediate as requestsFirst } from "node:timers/promises";
import { DEFAULT_CLIENT_POLICY } from "../../api/auth/client-policy.js";
import { execute, parse, type GraphQLSchema } from "graphql";
import { and, asc, eq, inArray } from "drizzle-orm";
import { DateTime } from "luxon";
import { principalOf } from "../../api/auth/clients.js";
import type { Principal } from "../../api/auth/principal.js";
import { createContext } from "../../api/context.js";
import { ReferenceData } from "../../api/geography/reference-data.js";
import { SettableClock, type Clock } from "../../api/platform/time/clock.js";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { koordinatSchema } from "../../api/schema.js";
import type { Database } from "../database.js";
import { StatementCounter } from "../statement-counter.js";
import { apiClients, facilities, patientIdentifiers, physicians } from "../schema/index.js";

/** The demo world's people and places, by their stable identifiers (the demo clients' scopes name the same ones). */
export const DEMO_WORLD = {
  /** The demo partner hospital (Ceyhan Devlet Hastanesi) and the demo hospital that receives its referrals. */
  originHospital: "101101",
  destinationHospital: "106101",
  /** The e-Devlet portal's demo citizen, and the egov.kz portal's demo foreigner. */
  portalTckn: "10000000146",
  portalIin: "900101300007",
  kzOrganisation: "KZ-ALA-PHC-01",
  province: "01",
} as const;

const ISTANBUL = "Europe/Istanbul";

type Data = Record<string, any>;

/** One demo client acting in process, through the API's resolvers and services (so every rule holds). */
class Actor {
  constructor(
    private readonly world: { db: Database; schema: GraphQLSchema; clock: Clock; reference: ReferenceData },
    readonly principal: Principal,
  ) {}

  /** Runs one operation; a GraphQL error or a mutation's userErrors stop the world's making, naming them. */
  async run(document: string, variables: Data = {}): Promise<Data> {
    const { db, schema, clock, reference } = this.world;
    // The embedded engine answers in microtasks: without a turn of the event loop between operations, the
    // requests of a server that already listens would wait for the whole world.
    await requestsFirst();
    const contextValue = createContext({
      db,
      clock,
      reference,
      principal: this.principal,
      requestId: randomUUID(),
      operationName: "demo world",
      statements: new StatementCounter(),
      downloadLink: () => Promise.reject(new Error("no download links while making the demo world")),
      webhookUrlPolicy: { allowLocalHttp: false },
      clientPolicyDefaults: DEFAULT_CLIENT_POLICY,
    });
    const result = await execute({ schema, document: parse(document), variableValues: variables, contextValue });
    if (result.errors?.length) throw new Error(`demo world: ${result.errors.map((e) => e.message).join("; ")}\n${document}`);
    for (const payload of Object.values(result.data ?? {})) {
      const userErrors = (payload as { userErrors?: { message: string; rule?: string }[] } | null)?.userErrors;
      if (userErrors?.length) throw new Error(`demo world: ${userErrors.map((e) => `${e.message} (${e.rule})`).join("; ")}\n${document}`);
    }
    return result.data as Data;
  }
}

const referralFields = `referral { id version status }`;
const CREATE_REFERRAL = `mutation ($input: CreateReferralInput!) { createReferral(input: $input) { ${referralFields} userErrors { message rule } } }`;
const MOVE_REFERRAL = `mutation ($input: TransitionReferralInput!) { transitionReferral(input: $input) { ${referralFields} userErrors { message rule } } }`;

/**
 * The living demo world: every demo client finds a realistic slice of its work on first start, dated relative to
 * the clock's now (the story starts three weeks back), made through the API's own services.
 *
 * - the partner hospitals: referrals in both directions (Ceyhan → Ankara Bilkent and back), an emergency bed search;
 * - MHRS: a cardiologist at Ankara Bilkent with schedules, free slots next week, a booked and a past (attended)
 *   appointment for the e-Devlet portal's citizen;
 * - SGK: reimbursement claims CALCULATED (to review), APPROVED, REJECTED and PAID, and one SUBMITTED (waiting)
 *   when its trip falls in a half-year without a published coefficient yet;
 * - approvals waiting in the Department Head's and the Deputy General Director's inboxes;
 * - Adana's monthly submissions: last month's submitted, this month's still open, an earlier one overdue elsewhere;
 * - Kazakhstan: a VHI contract for the egov.kz portal's person, attached to a primary-care organisation.
 */
export async function buildDemoWorld(db: Database, clock: Clock): Promise<void> {
  const now = DateTime.fromJSDate(clock.now()).setZone(ISTANBUL);
  const storyClock = new SettableClock();
  const at = (daysFromNow: number, hour = 9) => {
    const instant = now.plus({ days: daysFromNow }).set({ hour, minute: 0, second: 0, millisecond: 0 });
    // Never ahead of the real now: what is "past" in the story must be past when the world opens.
    storyClock.set((instant > now ? now : instant).toUTC().toISO()!);
  };
  const storyDay = () => DateTime.fromJSDate(storyClock.now()).setZone(ISTANBUL).toISODate()!;
  const dayOf = (daysFromNow: number) => now.plus({ days: daysFromNow }).toISODate()!;
  const world = { db, schema: await koordinatSchema(), clock: storyClock, reference: await new ReferenceData(db).reload() };

  const demoClients = await db.select().from(apiClients).where(eq(apiClients.isDemo, true)).orderBy(asc(apiClients.createdAt));
  const actor = async (role: string, scopeValue?: string) => {
    const client = demoClients.find((c) => c.role === role && (scopeValue === undefined || c.scopeValue === scopeValue));
    if (!client) throw new Error(`demo world: no demo ${role} client${scopeValue ? ` for ${scopeValue}` : ""}`);
    return new Actor(world, await principalOf(db, client));
  };
  const ceyhan = await actor("PARTNER_HOSPITAL", DEMO_WORLD.originHospital);
  const bilkent = await actor("PARTNER_HOSPITAL", DEMO_WORLD.destinationHospital);
  const unit = await actor("COORDINATION_UNIT");
  const departmentHead = await actor("DEPARTMENT_HEAD");
  const sgk = await actor("INSURER");
  const province = await actor("PROVINCIAL_DIRECTORATE");
  const portal = await actor("EGOV_PORTAL", `TCKN:${DEMO_WORLD.portalTckn}`);
  const kzPortal = await actor("EGOV_PORTAL", `IIN:${DEMO_WORLD.portalIin}`);
  const kzClinic = await actor("PHC_ORGANISATION");

  const facilityRows = await db
    .select({ id: facilities.id, code: facilities.code })
    .from(facilities)
    .where(inArray(facilities.code, [DEMO_WORLD.originHospital, DEMO_WORLD.destinationHospital]));
  const facilityId = (code: string) => toGlobalId("Facility", facilityRows.find((f) => f.code === code)!.id);
  const origin = facilityId(DEMO_WORLD.originHospital);
  const destination = facilityId(DEMO_WORLD.destinationHospital);

  // SGK-insured citizens of the seed (TCKN holders), the portal's citizen first.
  const citizens = await db
    .select({ patientId: patientIdentifiers.patientId, value: patientIdentifiers.value })
    .from(patientIdentifiers)
    .where(eq(patientIdentifiers.kind, "TCKN"))
    .orderBy(asc(patientIdentifiers.value))
    .limit(40);
  const portalCitizen = citizens.find((c) => c.value === DEMO_WORLD.portalTckn)!;
  const others = citizens.filter((c) => c !== portalCitizen);
  const patientId = (row: { patientId: string }) => toGlobalId("Patient", row.patientId);

  const move = async (hospital: Actor, referral: Data, action: string, extra: Data = {}) =>
    (await hospital.run(MOVE_REFERRAL, { input: { id: referral.id, expectedVersion: referral.version, action, ...extra } }))
      .transitionReferral.referral;
  const refer = async (from: Actor, fromFacility: string, patient: string, clinicCode: string, grounds: string, diagnosis: string) =>
    (
      await from.run(CREATE_REFERRAL, {
        input: {
          patientId: patient,
          originFacilityId: fromFacility,
          clinicCode,
          requestingPhysician: "Uzm. Dr. Elif Kaya",
          diagnosisIcd10: diagnosis,
          urgency: "ROUTINE",
          medicalGrounds: grounds,
          // PAT-3: the seed's patients reach a hospital through the registry, not a care link of its own.
          accessJustification: "Hasta polikliniğe başvurdu; ileri tetkik ve tedavi için sevk gerekiyor.",
        },
      })
    ).createReferral.referral;

  // --- Referrals Ceyhan → Bilkent that SGK later pays for: placed and accepted three weeks back, attended the day after.
  const travelled: { referral: Data; arrivalDay: number; patient: string }[] = [];
  for (const [i, citizen] of [portalCitizen, ...others.slice(0, 4)].entries()) {
    const arrivalDay = -20 + i;
    at(arrivalDay - 1, 9);
    let referral = await refer(ceyhan, origin, patientId(citizen), "ONCOLOGY", "CANCER", "C50.9");
    referral = await move(ceyhan, referral, "PLACE", { destinationFacilityId: destination });
    referral = await move(bilkent, referral, "ACCEPT");
    at(arrivalDay, 10);
    referral = await move(bilkent, referral, "ARRIVE");
    travelled.push({ referral, arrivalDay, patient: patientId(citizen) });
  }

  // --- Open work in both directions: Ceyhan's placed referral waiting for Bilkent, and Bilkent's referral back to Ceyhan.
  at(-2, 11);
  const waiting = await refer(ceyhan, origin, patientId(others[5]), "CARDIOLOGY", "OTHER", "I25.1");
  await move(ceyhan, waiting, "PLACE", { destinationFacilityId: destination });
  at(-1, 14);
  const back = await refer(bilkent, destination, patientId(others[6]), "INTERNAL_MEDICINE", "OTHER", "E11.9");
  await move(bilkent, back, "PLACE", { destinationFacilityId: origin });

  // --- An emergency in Adana: Ceyhan asks for an adult ICU bed; 112 holds the search.
  at(0, 0);
  const emergency = (
    await ceyhan.run(CREATE_REFERRAL, {
      input: {
        patientId: patientId(others[7]),
        originFacilityId: origin,
        clinicCode: "INTERNAL_MEDICINE",
        requestingPhysician: "Dr. Mehmet Yılmaz",
        diagnosisIcd10: "J96.0",
        urgency: "EMERGENCY",
        medicalGrounds: "EMERGENCY",
        accessJustification: "Acil servise solunum yetmezliği ile getirildi; yoğun bakım yatağı aranıyor.",
      },
    })
  ).createReferral.referral;
  await ceyhan.run(
    `mutation ($input: StartBedSearchInput!) { startBedSearch(input: $input) { search { id } userErrors { message rule } } }`,
    { input: { referralId: emergency.id, bedType: "ICU_ADULT" } },
  );

  // --- SGK's claims, one in each state. The first is filed before SGK carries reference data forward, so it waits
  // SUBMITTED when no published coefficient covers its trip yet, and is calculated at once otherwise.
  const claimFields = `claim { id version status } userErrors { message rule }`;
  // REIMB-12: SGK records that the travellers were insured before any of their claims.
  at(-15, 8);
  for (const { referral, patient } of travelled)
    await sgk.run(
      `mutation ($input: RecordSgkInsuranceStatusInput!) { recordSgkInsuranceStatus(input: $input) { userErrors { message rule } } }`,
      {
        input: {
          patientId: patient,
          insured: true,
          effectiveFrom: dayOf(-400),
          expectedVersion: 0,
          reference: `SGK-4A-${referral.id.slice(-6)}`,
        },
      },
    );
  const submitClaim = async ({ referral, arrivalDay }: (typeof travelled)[number]) => {
    at(arrivalDay + 6, 10);
    return (
      await sgk.run(`mutation ($input: SubmitReimbursementClaimInput!) { submitReimbursementClaim(input: $input) { ${claimFields} } }`, {
        input: {
          referralId: referral.id,
          channel: "IN_PERSON",
          officeProvinceCode: DEMO_WORLD.province,
          trip: {
            applicationDate: dayOf(arrivalDay),
            departureDate: dayOf(arrivalDay),
            returnDate: dayOf(arrivalDay + 3),
            transport: "REGULAR",
            outpatientDays: [dayOf(arrivalDay + 1), dayOf(arrivalDay + 2)],
          },
        },
      })
    ).submitReimbursementClaim.claim;
  };
  await submitClaim(travelled[1]);
  await coverTripsWithReferenceData(sgk, dayOf(travelled[0].arrivalDay), dayOf(0));
  const claims = [];
  for (const trip of [travelled[0], travelled[2], travelled[3], travelled[4]]) claims.push(await submitClaim(trip));
  const [paidClaim, approvedClaim, rejectedClaim] = claims;
  const step = `mutation ($input: ReimbursementClaimStepInput!) { approveReimbursementClaim(input: $input) { ${claimFields} } }`;
  await sgk.run(step, { input: { id: approvedClaim.id, expectedVersion: approvedClaim.version } });
  const toPay = (await sgk.run(step, { input: { id: paidClaim.id, expectedVersion: paidClaim.version } })).approveReimbursementClaim.claim;
  await sgk.run(`mutation ($input: RecordReimbursementPaymentInput!) { recordReimbursementPayment(input: $input) { ${claimFields} } }`, {
    input: { id: toPay.id, expectedVersion: toPay.version, pttReference: `PTT-ADN-${now.year}-0417`, paidOn: storyDay() },
  });
  await sgk.run(`mutation ($input: RejectReimbursementClaimInput!) { rejectReimbursementClaim(input: $input) { ${claimFields} } }`, {
    input: {
      id: rejectedClaim.id,
      expectedVersion: rejectedClaim.version,
      reason: "Refakatçi için sağlık kurulu raporu sunulmadı.",
      rules: ["REIMB-4"],
    },
  });

  // --- MHRS: Bilkent's cardiologist, with this week's schedule past and next week's open.
  const [cardiologist] = await db
    .select({ id: physicians.id })
    .from(physicians)
    .innerJoin(facilities, eq(facilities.id, physicians.facilityId))
    .where(and(eq(facilities.code, DEMO_WORLD.destinationHospital), eq(physicians.clinicCode, "CARDIOLOGY")))
    .limit(1);
  let cardiologistId = cardiologist ? toGlobalId("Physician", cardiologist.id) : undefined;
  at(-14, 8);
  cardiologistId ??= (
    await bilkent.run(
      `mutation ($input: RegisterPhysicianInput!) { registerPhysician(input: $input) { physician { id } userErrors { message rule } } }`,
      {
        input: {
          facilityId: destination,
          clinicCode: "CARDIOLOGY",
          registryNumber: "206101",
          title: "Prof. Dr.",
          givenName: "Ayşe",
          familyName: "Demir",
        },
      },
    )
  ).registerPhysician.physician.id;
  const publish = async (daysFromNow: number) =>
    (
      await bilkent.run(
        `mutation ($input: PublishScheduleInput!) { publishSchedule(input: $input) { slots { id } userErrors { message rule } } }`,
        {
          input: {
            physicianId: cardiologistId,
            day: dayOf(daysFromNow),
            startTime: "09:00",
            endTime: "12:00",
            slotMinutes: 20,
            capacityPerSlot: 1,
          },
        },
      )
    ).publishSchedule.slots as { id: string }[];
  // The e-Devlet portal books for its citizen (channel EGOV, APPT-1).
  const book = async (slotId: string, patient: string) =>
    (
      await portal.run(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id version } userErrors { message rule } } }`,
        { input: { slotId, patientId: patient, channel: "EGOV" } },
      )
    ).bookAppointment.appointment;
  const pastSlots = await publish(-7);
  const past = await book(pastSlots[0].id, patientId(portalCitizen));
  at(-7, 12);
  await bilkent.run(
    `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { appointment { id } userErrors { message rule } } }`,
    { input: { id: past.id, expectedVersion: past.version, outcome: "ATTENDED" } },
  );
  at(0, 0);
  for (const day of [7, 8, 9]) {
    const slots = await publish(day);
    if (day === 7) await book(slots[1].id, patientId(portalCitizen));
  }

  // --- Approvals waiting in the inboxes: the month before last's report with the Deputy General Director (the
  // Department Head forwarded it), last month's with the Department Head.
  const previousMonth = now.minus({ months: 1 });
  const START_APPROVAL = `mutation ($input: StartApprovalInput!) { startApproval(input: $input) { approval { id version } userErrors { message rule } } }`;
  const report = (month: DateTime) => ({
    templateCode: "ACTIVITY_REPORT_MONTHLY",
    title: `${month.setLocale("tr").toFormat("LLLL yyyy")} Aylık Faaliyet Raporu`,
    subject: { report: { period: month.toFormat("yyyy-LL"), summary: "Geçici koruma, sağlık turizmi ve sevk koordinasyonu faaliyetleri" } },
    comment: "Konsolide rapor onayınıza sunulur.",
  });
  at(-6, 10);
  const earlier = (await unit.run(START_APPROVAL, { input: report(now.minus({ months: 2 })) })).startApproval.approval;
  at(-5, 11);
  await departmentHead.run(
    `mutation ($input: DecideApprovalStepInput!) { decideApprovalStep(input: $input) { approval { id } userErrors { message rule } } }`,
    { input: { id: earlier.id, expectedVersion: earlier.version, decision: "APPROVE", comment: "Uygun görülmüştür." } },
  );
  at(-3, 10);
  await unit.run(START_APPROVAL, { input: report(previousMonth) });

  // --- Adana's monthly submissions: the month before last submitted, last month's open in a draft (overdue once due).
  const submissionRows = (facilityIds: string[]) =>
    facilityIds.flatMap((id, i) =>
      (["SY", "IQ"] as const).map((nationality) => ({
        facilityId: id,
        nationality,
        outpatientVisits: 120 + i * 10,
        emergencyVisits: 40 + i,
        inpatientAdmissions: 12,
        surgeries: 4,
        births: nationality === "SY" ? 3 : 1,
        intensiveCareAdmissions: 1,
        referralsOut: 2,
      })),
    );
  const adana = await db
    .select({ id: facilities.id })
    .from(facilities)
    .where(and(eq(facilities.provinceCode, DEMO_WORLD.province), eq(facilities.kind, "STATE_HOSPITAL")))
    .orderBy(asc(facilities.code))
    .limit(4);
  const adanaIds = adana.map((f) => toGlobalId("Facility", f.id));
  const save = `mutation ($input: SaveMonthlyDraftInput!) { saveMonthlyDraft(input: $input) { submission { id version status } userErrors { message rule } } }`;
  const twoMonthsBack = now.minus({ months: 2 }).toFormat("yyyy-LL");
  at(-25, 10);
  const draft = (await province.run(save, { input: { period: twoMonthsBack, rows: submissionRows(adanaIds) } })).saveMonthlyDraft
    .submission;
  await province.run(
    `mutation ($input: SubmitMonthlySubmissionInput!) { submitMonthlySubmission(input: $input) { submission { id } userErrors { message rule } } }`,
    { input: { period: twoMonthsBack, expectedVersion: draft.version } },
  );
  at(-1, 16);
  await province.run(save, { input: { period: previousMonth.toFormat("yyyy-LL"), rows: submissionRows(adanaIds) } });

  // --- Kazakhstan: the egov.kz person's VHI contract, an attachment request filed and decided within the business day.
  const almatyToday = DateTime.fromJSDate(clock.now()).setZone("Asia/Almaty");
  at(-10, 10);
  const contract = (
    await sgk.run(
      `mutation ($input: RegisterInsuranceContractInput!) { registerInsuranceContract(input: $input) { contract { id } userErrors { message rule } } }`,
      {
        input: {
          number: `DMS-${almatyToday.year}-00417`,
          kind: "VHI",
          insuredIin: DEMO_WORLD.portalIin,
          startsOn: almatyToday.minus({ months: 1 }).startOf("month").toISODate(),
          endsOn: almatyToday.plus({ years: 1 }).endOf("month").toISODate(),
        },
      },
    )
  ).registerInsuranceContract.contract;
  const request = (
    await kzPortal.run(
      `mutation ($input: SubmitAttachmentRequestInput!) { submitAttachmentRequest(input: $input) { request { id version } userErrors { message rule } } }`,
      {
        input: {
          personIin: DEMO_WORLD.portalIin,
          organisationCode: DEMO_WORLD.kzOrganisation,
          contractId: contract.id,
          channel: "EGOV_PORTAL",
          edsCertificateRef: "NCA-GOST-2015-DEMO",
          documents: { insuranceContract: true, identityDocument: true },
          residence: { kind: "TEMPORARY", city: "Almaty", district: "Almaly" },
        },
      },
    )
  ).submitAttachmentRequest.request;
  const filed = (
    await kzClinic.run(
      `mutation ($input: FileAttachmentRequestInput!) { fileAttachmentRequest(input: $input) { request { id version } userErrors { message rule } } }`,
      { input: { id: request.id, expectedVersion: request.version } },
    )
  ).fileAttachmentRequest.request;
  at(-10, 15);
  await kzClinic.run(
    `mutation ($input: DecideAttachmentRequestInput!) { decideAttachmentRequest(input: $input) { request { id } userErrors { message rule } } }`,
    { input: { id: filed.id, expectedVersion: filed.version, attach: true } },
  );
}

/**
 * SGK's reference data for the story's trips: where no published coefficient period or fare tariff covers a
 * trip's days (after the last published one), SGK carries the latest forward for the demo, as it does with
 * `setCivilServantCoefficient` / `setRegularFareTariff` when new figures are published.
 */
async function coverTripsWithReferenceData(sgk: Actor, firstDay: string, lastDay: string) {
  const reference = await sgk.run(
    `{ civilServantCoefficients { coefficient validFrom validUntil } regularFareTariffs { validFrom validUntil bands { fromKm toKm fareMinor } } }`,
  );
  const coefficients = reference.civilServantCoefficients as { coefficient: string; validFrom: string; validUntil: string }[];
  const tariffs = reference.regularFareTariffs as { validFrom: string; validUntil: string; bands: Data[] }[];
  const covers = (periods: { validFrom: string; validUntil: string }[], day: string) =>
    periods.some((p) => p.validFrom <= day && day <= p.validUntil);
  const latest = <T extends { validFrom: string }>(periods: T[]) => [...periods].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  for (const day of [firstDay, lastDay]) {
    const date = DateTime.fromISO(day);
    if (!covers(coefficients, day)) {
      const half = date.month <= 6 ? [`${date.year}-01-01`, `${date.year}-06-30`] : [`${date.year}-07-01`, `${date.year}-12-31`];
      const input = { coefficient: latest(coefficients).coefficient, validFrom: half[0], validUntil: half[1] };
      await sgk.run(
        `mutation ($input: SetCivilServantCoefficientInput!) { setCivilServantCoefficient(input: $input) { coefficient { validFrom } userErrors { message rule } } }`,
        { input },
      );
      coefficients.push(input);
    }
    if (!covers(tariffs, day)) {
      const input = {
        validFrom: `${date.year}-01-01`,
        validUntil: `${date.year}-12-31`,
        source: "demo world: the latest tariff carried forward",
        bands: latest(tariffs).bands,
      };
      await sgk.run(
        `mutation ($input: SetRegularFareTariffInput!) { setRegularFareTariff(input: $input) { tariff { validFrom } userErrors { message rule } } }`,
        { input },
      );
      tariffs.push(input);
    }
  }
}
