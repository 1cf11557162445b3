import { createHash } from "node:crypto";
import type postgres from "postgres";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";
import { BENCH_PERIOD, benchTckn, type BenchSizes } from "./generate.js";

/** One GraphQL request body per call; scenarios that vary their arguments return a new one each time. */
export type BodyFactory = () => string;

export interface Scenario {
  key: string;
  title: string;
  /** Nesting depth of the query's selection sets: the SQL budget per request for the nested list. */
  depth: number;
  body: BodyFactory;
  /** Throws when a probe response is not the answer the scenario expects (the harness measures only correct work). */
  check(response: { data?: any; errors?: unknown[] }): void;
  /** Before the measured run (e.g. fresh contended slots) and after it (verification, cleanup). */
  prepare?(sql: postgres.Sql): Promise<void>;
  finish?(sql: postgres.Sql): Promise<string | undefined>;
}

const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
/** The deterministic ids of the generator: md5(prefix || n) as a UUID. */
const benchId = (prefix: string, n: number) => {
  const h = createHash("md5").update(`${prefix}${n}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

function noErrors(response: { data?: any; errors?: unknown[] }) {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors).slice(0, 500)}`);
}

export const NESTED_LIST_QUERY = `query NestedList {
  referrals(first: 50) {
    edges {
      node {
        id status urgency diagnosisIcd10
        patient { id givenName familyName birthDate }
        originFacility { id code name }
        destinationFacility { id code name }
      }
    }
  }
}`;

export function nestedList(): Scenario {
  const body = gql(NESTED_LIST_QUERY);
  return {
    key: "a",
    title: "(a) nested list: 50 referrals with patient, origin and destination",
    depth: 4,
    body: () => body,
    check(response) {
      noErrors(response);
      const edges = response.data.referrals.edges;
      if (edges.length !== 50 || !edges.every((e: any) => e.node.patient?.givenName && e.node.originFacility?.code))
        throw new Error("the nested list did not answer 50 referrals with their patients and facilities");
    },
  };
}

/**
 * The same page through PostGraphile v4 (simplify inflector, its copy of the tables): the same rows, order and
 * fields, its node IDs standing for Koordinat's global IDs.
 */
export function nestedListPostGraphile(): Scenario {
  const body = gql(`query NestedList {
    referrals(first: 50, orderBy: [CREATED_AT_ASC, ID_ASC]) {
      edges {
        node {
          nodeId status urgency diagnosisIcd10
          patient { nodeId givenName familyName birthDate }
          originFacility { nodeId code name }
          destinationFacility { nodeId code name }
        }
      }
    }
  }`);
  return {
    ...nestedList(),
    body: () => body,
    check(response) {
      noErrors(response);
      const edges = response.data.referrals.edges;
      if (edges.length !== 50 || !edges.every((e: any) => e.node.patient?.givenName && e.node.originFacility?.code))
        throw new Error("PostGraphile did not answer 50 referrals with their patients and facilities");
    },
  };
}

export function patientLookup(sizes: BenchSizes): Scenario {
  const query = `query PatientByIdentifier($value: String!) {
    patients(first: 1, filter: { identifier: { kind: TCKN, value: $value } }) {
      edges { node { id givenName familyName birthDate identifiers { kind value } } }
    }
  }`;
  return {
    key: "b",
    title: "(b) patient lookup by TCKN",
    depth: 4,
    body: () => gql(query, { value: benchTckn(Math.floor(Math.random() * sizes.patients)) }),
    check(response) {
      noErrors(response);
      if (response.data.patients.edges.length !== 1) throw new Error("the identifier lookup found no patient");
    },
  };
}

export function facilitySearch(provinces: string[], clinics: string[]): Scenario {
  const query = `query FacilitySearch($province: String!, $clinic: String!) {
    facilities(first: 20, filter: { provinceCode: $province, clinic: $clinic }) {
      edges { node { id code name kind level province { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  return {
    key: "c",
    title: "(c) facility search by province and clinic",
    depth: 4,
    body: () => gql(query, { province: pick(provinces), clinic: pick(clinics) }),
    check: noErrors,
  };
}

/**
 * Many clients booking a handful of slots: each request books a random generated patient into
 * one of SLOTS slots of capacity CAPACITY, so after the first few every request is refused.
 * Afterwards the slots must hold exactly their capacity (APPT-6: a decided winner, no overbooking).
 */
export function bookingUnderContention(sizes: BenchSizes, runTag: string): Scenario {
  const SLOTS = 4;
  const CAPACITY = 2;
  const scheduleId = benchId(`contention-${runTag}`, 0);
  const slotIds = Array.from({ length: SLOTS }, (_, i) => benchId(`contention-${runTag}-slot`, i));
  const query = `mutation Book($input: BookAppointmentInput!) {
    bookAppointment(input: $input) { appointment { id status } userErrors { code rule } }
  }`;
  return {
    key: "d",
    title: `(d) booking under contention: ${SLOTS} slots × ${CAPACITY} places`,
    depth: 3,
    body: () =>
      gql(query, {
        input: {
          slotId: toGlobalId("Slot", pick(slotIds)),
          patientId: toGlobalId("Patient", benchId("p", Math.floor(Math.random() * sizes.patients))),
          channel: "WEB",
        },
      }),
    check(response) {
      noErrors(response);
      const { appointment, userErrors } = response.data.bookAppointment;
      if (!appointment && !userErrors.length) throw new Error("a booking neither succeeded nor was refused");
    },
    async prepare(sql) {
      // Three days ahead, 10:00 in Istanbul: bookable (APPT-1) whatever the time of the run.
      const [physician] = await sql`select id, facility_id, clinic_code from physicians where registry_number = 'B0'`;
      const [{ startsAt }] = await sql`
        select (date_trunc('day', now() at time zone 'Europe/Istanbul') + interval '3 days 10 hours') at time zone 'Europe/Istanbul' as "startsAt"`;
      await sql`
        insert into schedules (id, physician_id, facility_id, clinic_code, day, starts_at, ends_at, slot_minutes, capacity_per_slot, published_by_client_id)
        values (${scheduleId}, ${physician.id}, ${physician.facility_id}, ${physician.clinic_code}, (${startsAt}::timestamptz at time zone 'Europe/Istanbul')::date,
                ${startsAt}, ${startsAt}::timestamptz + ${SLOTS} * interval '15 minutes', 15, ${CAPACITY}, 'bench')`;
      for (const [i, id] of slotIds.entries()) {
        await sql`
          insert into slots (id, schedule_id, physician_id, facility_id, clinic_code, starts_at, ends_at, capacity, booked)
          values (${id}, ${scheduleId}, ${physician.id}, ${physician.facility_id}, ${physician.clinic_code},
                  ${startsAt}::timestamptz + ${i} * interval '15 minutes', ${startsAt}::timestamptz + ${i + 1} * interval '15 minutes', ${CAPACITY}, 0)`;
      }
    },
    async finish(sql) {
      const [{ booked, appointments }] = await sql`
        select (select sum(booked)::int from slots where schedule_id = ${scheduleId}) as booked,
               (select count(*)::int from appointments where slot_id = any(${slotIds}::uuid[]) and status = 'BOOKED') as appointments`;
      // The bench's own rows go, their append-only history with them: replica mode skips the guard's trigger.
      await sql.begin(async (tx) => {
        await tx`set local session_replication_role = replica`;
        await tx`delete from appointment_history where entity_id in (select id from appointments where slot_id = any(${slotIds}::uuid[]))`;
        await tx`delete from appointments where slot_id = any(${slotIds}::uuid[])`;
        await tx`delete from slots where schedule_id = ${scheduleId}`;
        await tx`delete from schedules where id = ${scheduleId}`;
      });
      if (booked !== SLOTS * CAPACITY || appointments !== booked)
        throw new Error(`contention broke APPT-6: ${appointments} appointments for ${booked} booked places of ${SLOTS * CAPACITY}`);
      return `${appointments} of ${SLOTS * CAPACITY} places booked, every other request refused`;
    },
  };
}

export function monthlyConsolidation(): Scenario {
  const body = gql(
    `query Consolidation($period: String!) {
      monthlyConsolidation(period: $period) {
        period previousPeriod acceptedProvinces
        national { metric value previousValue change }
        byNationality { nationality metric value previousValue change }
        byProvince { province { code name } metric value previousValue change }
      }
    }`,
    { period: BENCH_PERIOD },
  );
  return {
    key: "e",
    title: `(e) monthly consolidation of ${BENCH_PERIOD} (81 provinces)`,
    depth: 3,
    body: () => body,
    check(response) {
      noErrors(response);
      if (response.data.monthlyConsolidation.acceptedProvinces < 1) throw new Error("the consolidation found no accepted province");
    },
  };
}
