import { SingleBar, Presets } from "cli-progress";
import postgres from "postgres";
import { createHash } from "node:crypto";
import { openDatabase } from "../../drizzle/database.js";
import { hashFolder, migrationsFolder } from "../../drizzle/paths.js";
import { completeTurkishId } from "../../drizzle/seed/identifiers.js";
import { isSeeded, seedDemo } from "../../drizzle/seed/index.js";
import { withDatabase } from "../support/global-setup.js";

/** Row counts at `--scale 1`; `--scale 10` is ten times each. */
const BASE = { facilities: 1_500, patients: 100_000, referrals: 300_000, appointments: 500_000 };
const APPOINTMENTS_PER_SLOT = 5;
const SLOTS_PER_SCHEDULE = 20;
/** Each generated facility offers this many clinics; the first two have a physician each. */
const CLINICS_PER_FACILITY = 6;
const PHYSICIANS_PER_FACILITY = 2;
/** The month the consolidation scenario reads, and the one before it (for the change). */
export const BENCH_PERIOD = "2026-09";
const PREVIOUS_PERIOD = "2026-08";
const CHUNK = 50_000;

export interface BenchSizes {
  facilities: number;
  patients: number;
  referrals: number;
  appointments: number;
}

export function sizesAt(scale: number): BenchSizes {
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    facilities: at(BASE.facilities, 10),
    patients: at(BASE.patients, 100),
    referrals: at(BASE.referrals, 100),
    appointments: at(BASE.appointments, 100),
  };
}

export function benchDatabaseName(scale: number): string {
  return `koordinat_bench_s${String(scale).replace(".", "_")}`;
}

/** The TCKN of generated patient `n` (ID-1 valid); the same formula as `bench_tckn` in SQL. */
export const benchTckn = (n: number) => completeTurkishId(String(100_000_000 + n));

/** Bump when the generated rows change, so databases made by an older generator are made anew. */
const GENERATOR_VERSION = 1;
/**
 * Names the generator, the sizes and the migrations a bench database was made with: one made by another set of
 * migrations (another branch's, whose numbers or dates differ) is made again rather than migrated from a history
 * drizzle would misread.
 */
const marker = (sizes: BenchSizes) =>
  `koordinat bench v${GENERATOR_VERSION} ${JSON.stringify(sizes)} migrations ${hashFolder(createHash("sha256"), migrationsFolder()).digest("hex").slice(0, 16)}`;

/**
 * Makes `koordinat_bench_s<scale>` on the server of `serverUrl`: migrated, the demo seed, then the
 * synthetic rows generated inside PostgreSQL (generate_series INSERT … SELECT, deterministic ids).
 * A database already marked complete for these sizes is reused as it is.
 */
export async function ensureBenchDatabase(serverUrl: string, scale: number, log = console.log): Promise<string> {
  const name = benchDatabaseName(scale);
  const url = withDatabase(serverUrl, name);
  const sizes = sizesAt(scale);
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await admin`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    if (existing?.comment === marker(sizes)) {
      log(`reusing ${name} (${describe(sizes)})`);
      return url;
    }
    if (existing) await admin.unsafe(`drop database ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  log(`generating ${name}: ${describe(sizes)}`);
  const database = await openDatabase({ engine: "postgres", url, maxConnections: 1 });
  try {
    await database.migrate();
    if (!(await isSeeded(database.db))) await seedDemo(database.db);
  } finally {
    await database.close();
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await generate(sql, sizes);
    await sql.unsafe(`comment on database ${name} is '${marker(sizes)}'`);
  } finally {
    await sql.end();
  }
  return url;
}

const describe = (s: BenchSizes) =>
  `${s.facilities} facilities, ${s.patients} patients, ${s.referrals} referrals, ${s.appointments} appointments`;

/** A step inserts rows [from, to) of a generate_series; run in chunks so the bar moves. */
interface Step {
  label: string;
  rows: number;
  insert: (from: number, to: number) => Promise<unknown>;
}

/** The tables the generator fills. */
const FILLED_TABLES = [
  "facilities",
  "facility_clinics",
  "physicians",
  "patients",
  "patient_identifiers",
  "referrals",
  "schedules",
  "slots",
  "appointments",
];

/**
 * Runs `load` with the filled tables' foreign keys and non-unique indexes dropped, then makes them again as the
 * migrations defined them: PostgreSQL then builds each index once by sorting (instead of one random B-tree insert
 * per row and index) and checks each foreign key with one join (instead of a trigger and a row lock per row and key).
 * Unique indexes and primary keys stay, so a clash still fails the load where it happens.
 */
async function withoutForeignKeysAndIndexes(sql: postgres.Sql, load: () => Promise<void>) {
  const deferred = await sql<{ drop: string; create: string }[]>`
    select drop, "create" from (
      select 1 as kind, format('drop index %s', indexrelid::regclass) as drop, pg_get_indexdef(indexrelid) as create
      from pg_index where indrelid::regclass::text = any(${FILLED_TABLES}) and not indisunique
      union all
      select 2, format('alter table %s drop constraint %I', conrelid::regclass, conname),
             format('alter table %s add constraint %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
      from pg_constraint where contype = 'f' and conrelid::regclass::text = any(${FILLED_TABLES})) d
    order by kind, drop`;
  for (const { drop } of deferred) await sql.unsafe(drop);
  await load();
  const started = Date.now();
  process.stdout.write(` indexes and foreign keys (${deferred.length})…`);
  // Statistics first, so each foreign key's check is planned as the join over the whole table it is.
  await sql.unsafe(`analyze ${FILLED_TABLES.join(", ")}`);
  for (const { create } of deferred) await sql.unsafe(create);
  process.stdout.write(` ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

async function generate(sql: postgres.Sql, sizes: BenchSizes) {
  const F = sizes.facilities;
  const P = sizes.patients;
  const slots = Math.ceil(sizes.appointments / APPOINTMENTS_PER_SLOT);
  const schedules = Math.ceil(slots / SLOTS_PER_SCHEDULE);
  const physicians = F * PHYSICIANS_PER_FACILITY;
  // A commit per chunk need not wait for its WAL flush (a crash mid-generation leaves the database unmarked, so
  // it is made again); index builds get the memory to sort in one pass.
  await sql.unsafe(`set synchronous_commit = off; set maintenance_work_mem = '512MB'`);
  // Deterministic ids: md5 of a prefix and the row number, so foreign keys are computed, not looked up.
  await sql.unsafe(`
    create or replace function bench_id(prefix text, n bigint) returns uuid language sql immutable as $$ select md5(prefix || n)::uuid $$;
    create or replace function bench_tckn(n bigint) returns text language sql immutable as $$
      select s || t10 || (digits + t10) % 10 from (
        select s,
          (((substr(s,1,1)::int + substr(s,3,1)::int + substr(s,5,1)::int + substr(s,7,1)::int + substr(s,9,1)::int) * 7
            - (substr(s,2,1)::int + substr(s,4,1)::int + substr(s,6,1)::int + substr(s,8,1)::int)) % 10 + 10) % 10 as t10,
          substr(s,1,1)::int + substr(s,2,1)::int + substr(s,3,1)::int + substr(s,4,1)::int + substr(s,5,1)::int
            + substr(s,6,1)::int + substr(s,7,1)::int + substr(s,8,1)::int + substr(s,9,1)::int as digits
        from (select (100000000 + n)::text as s) x) y $$;
    create temporary table bench_areas as select row_number() over (order by code) - 1 as k, code, province_code from settlement_areas;
  `);
  const [{ clinicCodes }] = await sql<{ clinicCodes: string[] }[]>`select array_agg(code order by code) as "clinicCodes" from clinics`;
  const [{ areas }] = await sql`select count(*)::int as areas from bench_areas`;
  // The clinic of a facility's m-th place in the list of clinics (ordered by code), read from an array literal.
  const clinicCodesLiteral = `'{${clinicCodes.join(",")}}'::text[]`;
  const clinicOf = (facility: string, m: string) => `(${clinicCodesLiteral})[1 + (${facility} + ${m}) % ${clinicCodes.length}]`;
  const kinds = `(array['STATE_HOSPITAL','TRAINING_RESEARCH_HOSPITAL','CITY_HOSPITAL','UNIVERSITY_HOSPITAL','PRIVATE_HOSPITAL','FAMILY_HEALTH_CENTRE'])`;
  // Schedule j: physician j mod count, one day per round through the physicians, 05:00 UTC (08:00 in Istanbul) on;
  // its slot i starts i quarter-hours later. Slots and appointments compute their schedule's columns from j.
  const schedule = (j: string) => `
    lateral (select ${j} % ${physicians} as ph, timestamptz '2025-03-03 00:00+00' + (${j} / ${physicians}) * interval '1 day' as d) sch_ph,
    lateral (select bench_id('ph', ph) as physician_id, bench_id('f', ph / ${PHYSICIANS_PER_FACILITY}) as facility_id,
                    ${clinicOf(`(ph / ${PHYSICIANS_PER_FACILITY})`, `(ph % ${PHYSICIANS_PER_FACILITY})`)} as clinic_code,
                    d + interval '5 hours' as starts_at) sch`;
  const steps: Step[] = [
    {
      label: "facilities",
      rows: F,
      insert: (a, b) =>
        sql.unsafe(`
          insert into facilities (id, code, name, kind, ownership, country_code, province_code, settlement_area_code, has_health_tourism_unit)
          select bench_id('f', g), 'BENCH-' || lpad(g::text, 7, '0'), 'Bench Hospital ' || g, ${kinds}[1 + g % 6]::facility_kind,
                 (case when g % 6 = 4 then 'PRIVATE' when g % 6 = 3 then 'UNIVERSITY' else 'PUBLIC' end)::facility_ownership,
                 'TR', a.province_code, a.code, g % 10 = 0
          from generate_series(${a}, ${b - 1}) g join bench_areas a on a.k = g % ${areas};
          insert into facility_clinics (facility_id, clinic_code)
          select bench_id('f', g), ${clinicOf("g", "m")} from generate_series(${a}, ${b - 1}) g, generate_series(0, ${CLINICS_PER_FACILITY - 1}) m;
          insert into physicians (id, facility_id, clinic_code, registry_number, title, given_name, family_name)
          select bench_id('ph', g * ${PHYSICIANS_PER_FACILITY} + m), bench_id('f', g), ${clinicOf("g", "m")}, 'B' || (g * ${PHYSICIANS_PER_FACILITY} + m),
                 'Uzm. Dr.', 'Hekim', 'Bench ' || g
          from generate_series(${a}, ${b - 1}) g, generate_series(0, ${PHYSICIANS_PER_FACILITY - 1}) m;`),
    },
    {
      label: "patients",
      rows: P,
      insert: (a, b) =>
        sql.unsafe(`
          insert into patients (id, category, given_name, family_name, birth_date, sex, nationality, preferred_language, registering_facility_id, created_at, updated_at)
          select bench_id('p', g), 'CITIZEN', (array['Ayşe','Mehmet','Zeynep','Ahmet','Elif','Mustafa'])[1 + g % 6],
                 (array['Yılmaz','Kaya','Demir','Şahin','Çelik','Öztürk','Aydın'])[1 + g % 7],
                 date '1940-01-01' + (g::bigint * 7919 % 30000)::int, (case when g % 6 in (0, 2, 4) then 'FEMALE' else 'MALE' end)::sex, 'TR', 'tr',
                 bench_id('f', g % ${F}), timestamptz '2025-01-01' + g * interval '1 second', timestamptz '2025-01-01' + g * interval '1 second'
          from generate_series(${a}, ${b - 1}) g;
          insert into patient_identifiers (patient_id, kind, value, issuing_country, created_at)
          select bench_id('p', g), 'TCKN', bench_tckn(g), '', timestamptz '2025-01-01' from generate_series(${a}, ${b - 1}) g
          on conflict do nothing;`),
    },
    {
      label: "referrals",
      rows: sizes.referrals,
      insert: (a, b) =>
        sql.unsafe(`
          insert into referrals (id, patient_id, origin_facility_id, destination_facility_id, clinic_code, requesting_physician, diagnosis_icd10,
                                 urgency, medical_grounds, status, scope, created_at, updated_at)
          select bench_id('r', g), bench_id('p', g::bigint * 7919 % ${P}), bench_id('f', g % ${F}),
                 case when s = 'REQUESTED' then null else bench_id('f', (g * 31 + 7) % ${F}) end,
                 ${clinicOf(`((g * 31 + 7) % ${F})`, "0")}, 'Dr. Bench ' || g % 97, 'C50.9',
                 (array['ROUTINE','ROUTINE','URGENT','EMERGENCY'])[1 + g % 4]::referral_urgency,
                 (array['CANCER','OTHER','EMERGENCY','OCCUPATIONAL_DISEASE'])[1 + g % 4]::medical_grounds,
                 s::referral_status, case when s = 'REQUESTED' then null else 'OUT_OF_PROVINCE' end::referral_scope,
                 timestamptz '2025-01-01' + g * interval '7 seconds', timestamptz '2025-01-01' + g * interval '7 seconds'
          from generate_series(${a}, ${b - 1}) g,
               lateral (select (array['REQUESTED','PLACED','ACCEPTED','PATIENT_ARRIVED','COMPLETED','COMPLETED','REJECTED','CANCELLED'])[1 + g % 8] as s) st;`),
    },
    {
      label: "schedules and slots",
      rows: schedules,
      insert: (a, b) =>
        sql.unsafe(`
          insert into schedules (id, physician_id, facility_id, clinic_code, day, starts_at, ends_at, slot_minutes, capacity_per_slot, published_by_client_id)
          select bench_id('sc', j), physician_id, facility_id, clinic_code, d::date,
                 starts_at, starts_at + ${SLOTS_PER_SCHEDULE} * interval '15 minutes', 15, ${APPOINTMENTS_PER_SLOT}, 'bench'
          from generate_series(${a}, ${b - 1}) j, ${schedule("j")};
          insert into slots (id, schedule_id, physician_id, facility_id, clinic_code, starts_at, ends_at, capacity, booked)
          select bench_id('sl', j * ${SLOTS_PER_SCHEDULE} + i), bench_id('sc', j), physician_id, facility_id, clinic_code,
                 starts_at + i * interval '15 minutes', starts_at + (i + 1) * interval '15 minutes', ${APPOINTMENTS_PER_SLOT}, 0
          from generate_series(${a}, ${b - 1}) j, ${schedule("j")}, generate_series(0, ${SLOTS_PER_SCHEDULE - 1}) i;`),
    },
    {
      label: "appointments",
      rows: sizes.appointments,
      insert: (a, b) =>
        // Past appointments (attended, no-show, cancelled): none is BOOKED, so APPT-3's unique index is not in play.
        // Appointment g is in slot g / APPOINTMENTS_PER_SLOT, which is slot k % SLOTS_PER_SCHEDULE of schedule k / SLOTS_PER_SCHEDULE.
        sql.unsafe(`
          insert into appointments (id, slot_id, patient_id, facility_id, clinic_code, physician_id, starts_at, day, status, channel,
                                    booked_by_client_id, booked_at, created_at, updated_at)
          select bench_id('ap', g), bench_id('sl', k), bench_id('p', g::bigint * 104729 % ${P}), facility_id, clinic_code, physician_id, slot_start,
                 (slot_start at time zone 'Europe/Istanbul')::date,
                 (array['ATTENDED','ATTENDED','ATTENDED','NO_SHOW','CANCELLED'])[1 + g % 5]::appointment_status,
                 (array['WEB','MOBILE','PHONE'])[1 + g % 3]::booking_channel, 'bench', slot_start - interval '3 days',
                 slot_start - interval '3 days', slot_start - interval '3 days'
          from generate_series(${a}, ${b - 1}) g,
               lateral (select g / ${APPOINTMENTS_PER_SLOT} as k) sl, lateral (select k / ${SLOTS_PER_SCHEDULE} as j) sj, ${schedule("j")},
               lateral (select starts_at + (k % ${SLOTS_PER_SCHEDULE}) * interval '15 minutes' as slot_start) st;`),
    },
    {
      label: "monthly submissions",
      rows: 2,
      insert: (a, b) =>
        sql.unsafe(`
          insert into mds_submissions (province_code, period, status, revision, submitted_at, accepted_at)
          select p.code, per, 'ACCEPTED', 1, now(), now()
          from provinces p, unnest((array['${PREVIOUS_PERIOD}', '${BENCH_PERIOD}'])[${a + 1}:${b}]) per;
          insert into mds_rows (submission_id, revision, facility_id, nationality, outpatient_visits, emergency_visits, inpatient_admissions,
                                surgeries, births, intensive_care_admissions, referrals_out)
          select s.id, 1, f.id, n::tp_nationality, h % 900, h % 300, h % 120, h % 40, h % 25, h % 15, h % 30
          from mds_submissions s join facilities f on f.province_code = s.province_code, unnest(array['SY','IQ']) n,
               lateral (select abs(hashtext(f.code || n || s.period)) as h) x
          where s.period = any((array['${PREVIOUS_PERIOD}', '${BENCH_PERIOD}'])[${a + 1}:${b}]);
          -- Accepted without the service: their period totals as acceptance writes them (consolidation.ts).
          insert into mds_period_totals
          select s.period, s.province_code, r.nationality, s.id, sum(r.outpatient_visits)::int, sum(r.emergency_visits)::int,
                 sum(r.inpatient_admissions)::int, sum(r.surgeries)::int, sum(r.births)::int, sum(r.intensive_care_admissions)::int,
                 sum(r.referrals_out)::int
          from mds_rows r join mds_submissions s on s.id = r.submission_id and s.revision = r.revision
          where s.period = any((array['${PREVIOUS_PERIOD}', '${BENCH_PERIOD}'])[${a + 1}:${b}])
          group by s.id, r.nationality;`),
    },
  ];
  const bar = new SingleBar(
    {
      format: " {step} |{bar}| {percentage}% {value}/{total} rows, {duration}s",
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  await withoutForeignKeysAndIndexes(sql, async () => {
    for (const step of steps) {
      bar.start(step.rows, 0, { step: step.label.padEnd(20) });
      for (let from = 0; from < step.rows; from += CHUNK) {
        const to = Math.min(step.rows, from + CHUNK);
        await step.insert(from, to);
        bar.update(to);
      }
      bar.stop();
    }
  });
  process.stdout.write(" analyse…\n");
  await sql.unsafe(`drop function bench_id(text, bigint); drop function bench_tckn(bigint)`);
  await sql.unsafe(`vacuum analyze`);
}

/** The schema PostGraphile v4 serves in the bench (see postgraphile-server.ts). */
export const POSTGRAPHILE_SCHEMA = "postgraphile_bench";

/**
 * A copy of referrals, patients and facilities for PostGraphile, in a schema of its own (its inflector cannot
 * introspect the public schema: a type name clash on `ApprovalDecision`), with the columns scenario (a) reads, the
 * same keys and the indexes its query uses; made once per bench database, then analysed like the originals.
 */
export async function ensurePostGraphileCopy(databaseUrl: string, log = console.log): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ exists }] = await sql`select to_regclass(${`${POSTGRAPHILE_SCHEMA}.referrals`}) is not null as exists`;
    if (exists) return;
    log(`copying referrals, patients and facilities into ${POSTGRAPHILE_SCHEMA} for PostGraphile`);
    const s = POSTGRAPHILE_SCHEMA;
    await sql.begin((tx) =>
      tx.unsafe(`
        create schema ${s};
        create table ${s}.facilities as select id, code, name from public.facilities;
        alter table ${s}.facilities add primary key (id);
        create table ${s}.patients as select id, given_name, family_name, birth_date from public.patients;
        alter table ${s}.patients add primary key (id);
        create table ${s}.referrals as
          select id, status::text as status, urgency::text as urgency, diagnosis_icd10, patient_id,
                 origin_facility_id, destination_facility_id, created_at
          from public.referrals;
        alter table ${s}.referrals add primary key (id),
          alter column patient_id set not null, alter column origin_facility_id set not null,
          add foreign key (patient_id) references ${s}.patients (id),
          add foreign key (origin_facility_id) references ${s}.facilities (id),
          add foreign key (destination_facility_id) references ${s}.facilities (id);
        create index on ${s}.referrals (created_at, id);
        create index on ${s}.referrals (patient_id);
        create index on ${s}.referrals (origin_facility_id);
        create index on ${s}.referrals (destination_facility_id);`),
    );
    await sql.unsafe(`analyze ${s}.facilities, ${s}.patients, ${s}.referrals`);
  } finally {
    await sql.end();
  }
}
