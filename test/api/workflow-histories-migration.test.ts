import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationIndexOf, openMigrationEngine, type MigrationEngine } from "../support/migration-engine.js";

// Migration 0026 (workflow_histories) moves the referral and health-tourism histories onto the history convention with
// their rows and reconstructs the bed searches' histories from their levels: run on a database holding rows of the old shape.
const index = migrationIndexOf('CREATE TABLE "bed_search_history"');

let db: MigrationEngine;

const at = (minute: number) => `2026-03-02T08:${String(minute).padStart(2, "0")}:00Z`;

beforeAll(async () => {
  db = await openMigrationEngine("histories");
  await db.apply(0, index);
  await db.exec(`
    INSERT INTO provinces (code, name) VALUES ('01', 'Adana') ON CONFLICT DO NOTHING;
    INSERT INTO clinics (code, name_tr, name_en) VALUES ('X-CARD', 'Kardiyoloji', 'Cardiology') ON CONFLICT DO NOTHING;
    INSERT INTO facilities (id, code, name, kind, ownership, country_code)
      VALUES ('00000000-0000-4000-8000-00000000f001', 'F1', 'Origin', 'STATE_HOSPITAL', 'PUBLIC', 'DE'),
             ('00000000-0000-4000-8000-00000000f002', 'F2', 'Destination', 'STATE_HOSPITAL', 'PUBLIC', 'DE');
    INSERT INTO patients (id, category, given_name, family_name, birth_date, sex, nationality)
      VALUES ('00000000-0000-4000-8000-00000000a001', 'HEALTH_TOURIST', 'A', 'B', '1980-01-01', 'FEMALE', 'DE');
    INSERT INTO referrals (id, patient_id, origin_facility_id, destination_facility_id, clinic_code, requesting_physician,
                           diagnosis_icd10, urgency, medical_grounds, status, version, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000f001',
              '00000000-0000-4000-8000-00000000f002', 'X-CARD', 'Dr', 'I21', 'EMERGENCY', 'EMERGENCY', 'REJECTED', 3, '${at(0)}', '${at(9)}');
    INSERT INTO referral_history (referral_id, from_status, to_status, action, client_id, role, comment, at) VALUES
      ('00000000-0000-4000-8000-00000000b001', NULL, 'REQUESTED', 'create', 'hospital-1', 'HOSPITAL', NULL, '${at(0)}'),
      ('00000000-0000-4000-8000-00000000b001', 'REQUESTED', 'PLACED', 'place', 'kkm-01', 'EMERGENCY_112', 'bed search EMERGENCY_112', '${at(5)}'),
      ('00000000-0000-4000-8000-00000000b001', 'PLACED', 'REJECTED', 'holdLapsed', 'koordinat', 'SYSTEM', 'not accepted', '${at(9)}');
    INSERT INTO bed_searches (id, referral_id, bed_type, province_code, level, status, version, created_at, updated_at) VALUES
      ('00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000b001', 'ICU_ADULT', '01', 'PROVINCIAL_CRISIS_CENTRE', 'SEARCHING', 4, '${at(1)}', '${at(9)}'),
      ('00000000-0000-4000-8000-00000000c002', '00000000-0000-4000-8000-00000000b001', 'GENERAL', '01', 'EMERGENCY_112', 'CLOSED', 3, '${at(1)}', '${at(8)}');
    INSERT INTO bed_search_levels (search_id, level, started_at, ended_at, outcome) VALUES
      ('00000000-0000-4000-8000-00000000c001', 'EMERGENCY_112', '${at(1)}', '${at(2)}', 'ESCALATED: no ICU bed'),
      ('00000000-0000-4000-8000-00000000c001', 'PROVINCIAL_CRISIS_CENTRE', '${at(2)}', '${at(5)}', 'BED_FOUND'),
      ('00000000-0000-4000-8000-00000000c001', 'PROVINCIAL_CRISIS_CENTRE', '${at(9)}', NULL, NULL),
      ('00000000-0000-4000-8000-00000000c002', 'EMERGENCY_112', '${at(1)}', '${at(3)}', 'BED_FOUND');
    INSERT INTO health_tourism_cases (id, patient_id, programme, channel, status, version, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-00000000d001', '00000000-0000-4000-8000-00000000a001', 'HEALTH_TOURISM', 'EMAIL', 'EPICRISIS_RECEIVED', 3, '${at(0)}', '${at(2)}');
    INSERT INTO ht_history (case_id, from_status, to_status, action, client_id, role, comment, document_ids, at) VALUES
      ('00000000-0000-4000-8000-00000000d001', NULL, 'INQUIRY_RECEIVED', 'open', 'unit', 'COORDINATION_UNIT', 'by e-mail', '{}', '${at(0)}'),
      ('00000000-0000-4000-8000-00000000d001', 'INQUIRY_RECEIVED', 'EPICRISIS_REQUESTED', 'requestEpicrisis', 'unit', 'COORDINATION_UNIT', NULL, '{}', '${at(1)}'),
      ('00000000-0000-4000-8000-00000000d001', 'EPICRISIS_REQUESTED', 'EPICRISIS_RECEIVED', 'receiveEpicrisis', 'unit', 'COORDINATION_UNIT', NULL,
       '{00000000-0000-4000-8000-00000000e001}', '${at(2)}');
  `);
  await db.apply(index, index + 1);
}, 120_000);

afterAll(() => db?.close());

const rows = (table: string, columns: string) => db.rows(`SELECT ${columns} FROM ${table} ORDER BY entity_id, id`);

describe("migration 0026: the referral, bed-search and health-tourism histories on the history convention", () => {
  it("keeps every referral history row under the convention's columns, with its version, and no actor for the server's lapse (ER-8)", async () => {
    expect(
      await rows("referral_history", "from_state, to_state, action, actor_client_id, actor_role, actor_person, note, version"),
    ).toEqual([
      {
        from_state: null,
        to_state: "REQUESTED",
        action: "create",
        actor_client_id: "hospital-1",
        actor_role: "HOSPITAL",
        actor_person: null,
        note: null,
        version: 1,
      },
      {
        from_state: "REQUESTED",
        to_state: "PLACED",
        action: "place",
        actor_client_id: "kkm-01",
        actor_role: "EMERGENCY_112",
        actor_person: null,
        note: "bed search EMERGENCY_112",
        version: 2,
      },
      {
        from_state: "PLACED",
        to_state: "REJECTED",
        action: "holdLapsed",
        actor_client_id: null,
        actor_role: null,
        actor_person: null,
        note: "not accepted",
        version: 3,
      },
    ]);
  });

  it("HT-8 moves the case history to health_tourism_case_history with its documents and versions", async () => {
    expect(await rows("health_tourism_case_history", "from_state, to_state, action, actor_role, note, document_ids, version")).toEqual([
      {
        from_state: null,
        to_state: "INQUIRY_RECEIVED",
        action: "open",
        actor_role: "COORDINATION_UNIT",
        note: "by e-mail",
        document_ids: [],
        version: 1,
      },
      {
        from_state: "INQUIRY_RECEIVED",
        to_state: "EPICRISIS_REQUESTED",
        action: "requestEpicrisis",
        actor_role: "COORDINATION_UNIT",
        note: null,
        document_ids: [],
        version: 2,
      },
      {
        from_state: "EPICRISIS_REQUESTED",
        to_state: "EPICRISIS_RECEIVED",
        action: "receiveEpicrisis",
        actor_role: "COORDINATION_UNIT",
        note: null,
        document_ids: ["00000000-0000-4000-8000-00000000e001"],
        version: 3,
      },
    ]);
    expect(await db.rows(`SELECT to_regclass('ht_history')::text AS old`)).toEqual([{ old: null }]);
  });

  it("ER-1..8 reconstructs each bed search's steps from its levels, ending at the search's own version", async () => {
    expect(await rows("bed_search_history", "entity_id, from_state, to_state, action, level, note, version")).toEqual([
      expect.objectContaining({ from_state: null, to_state: "SEARCHING", action: "start", level: "EMERGENCY_112", version: 1 }),
      expect.objectContaining({
        from_state: "SEARCHING",
        to_state: "SEARCHING",
        action: "escalate",
        level: "PROVINCIAL_CRISIS_CENTRE",
        note: "no ICU bed",
        version: 2,
      }),
      expect.objectContaining({
        from_state: "SEARCHING",
        to_state: "BED_RESERVED",
        action: "offerBed",
        level: "PROVINCIAL_CRISIS_CENTRE",
        version: 3,
      }),
      expect.objectContaining({
        from_state: "BED_RESERVED",
        to_state: "SEARCHING",
        action: "reopen",
        level: "PROVINCIAL_CRISIS_CENTRE",
        version: 4,
      }),
      expect.objectContaining({ from_state: null, to_state: "SEARCHING", action: "start", level: "EMERGENCY_112", version: 1 }),
      expect.objectContaining({
        from_state: "SEARCHING",
        to_state: "BED_RESERVED",
        action: "offerBed",
        level: "EMERGENCY_112",
        version: 2,
      }),
      expect.objectContaining({
        from_state: "BED_RESERVED",
        to_state: "CLOSED",
        action: "completeTransfer",
        level: "EMERGENCY_112",
        version: 3,
      }),
    ]);
  });

  it("leaves the three histories append-only: no update, delete or truncate", async () => {
    for (const table of ["referral_history", "health_tourism_case_history", "bed_search_history"]) {
      await expect(db.exec(`UPDATE ${table} SET note = 'x'`)).rejects.toThrow();
      await expect(db.exec(`DELETE FROM ${table}`)).rejects.toThrow();
      await expect(db.exec(`TRUNCATE ${table}`)).rejects.toThrow();
    }
  });
});
