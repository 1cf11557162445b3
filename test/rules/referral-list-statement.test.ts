import { drizzle } from "drizzle-orm/postgres-js";
import { describe, expect, it } from "vitest";
import type { Principal } from "../../api/auth/principal.js";
import { encodeCursor, keysetPage, type PageArgs } from "../../api/platform/conventions/pagination.js";
import {
  referralKeyOf,
  referralListOf,
  referralListStatement,
  referralOrder,
  type ReferralListFilter,
  type ReferralListRead,
  type ReferralListShape,
} from "../../api/referrals/list-query.js";
import type { Database } from "../../drizzle/database.js";
import * as schema from "../../drizzle/schema/index.js";

// The statements are only built and printed here, never run: a database without a connection is enough.
const db = drizzle.mock({ schema, casing: "snake_case" }) as unknown as Database;

const hospital = (code: string, id: string): Principal => ({
  clientId: `h${code}`,
  role: "PARTNER_HOSPITAL",
  scope: { kind: "FACILITY", facilityId: id, facilityCode: code },
});
const principals: Principal[] = [
  hospital("101101", "00000000-0000-4000-8000-000000000001"),
  hospital("101102", "00000000-0000-4000-8000-000000000002"),
  { clientId: "unit", role: "COORDINATION_UNIT", scope: { kind: "NATIONAL" } },
  { clientId: "audit", role: "AUDITOR", scope: { kind: "NATIONAL" } },
];
const filters: ReferralListFilter[] = [];
for (const direction of [null, "INCOMING", "OUTGOING"] as const)
  for (const status of [null, "PLACED", "ACCEPTED"] as const)
    for (const urgency of [null, "EMERGENCY"] as const) filters.push({ direction, status, urgency });
const reads: ReferralListRead[] = [
  { referral: ["id"], patient: ["givenName"], cursors: false },
  { referral: ["id"], patient: ["givenName"], cursors: true },
  { referral: ["id", "status"], patient: ["givenName", "familyName"], origin: ["code"], cursors: true },
  { referral: ["id"], origin: ["code", "name"], destination: ["code"], cursors: false },
  { referral: ["id", "createdAt"], destination: ["code"], cursors: false },
  { referral: ["id", "createdAt"], destination: ["code"], cursors: true },
];
const cursor = encodeCursor(["2026-11-25T09:00:00.000Z", "00000000-0000-4000-8000-0000000000aa"]);
const windows: PageArgs[] = [{ first: 1 }, { first: 20 }, { last: 5 }, { first: 1, after: cursor }, { last: 5, before: cursor }];

/** Every statement the list builds for a caller, a filter, a selection and a window, with its key and its SQL text. */
async function statementsOf(principal: Principal, filter: ReferralListFilter, read: ReferralListRead, logged: boolean, args: PageArgs) {
  const list = referralListOf(principal, filter, read, logged)!;
  const built: { key: string; text: string; shape: ReferralListShape }[] = [];
  await keysetPage({
    args,
    orderBy: referralOrder,
    keyOf: referralKeyOf,
    fetch: async (cursor, order, limit, page) => {
      const statement = referralListStatement(db, { ...list.shape, read: list.shape.read! }, { cursor, order, limit, page });
      built.push({ key: statement.key, text: statement.build().toSQL().sql, shape: list.shape });
      return [];
    },
    count: async () => 0,
  });
  return built;
}

async function everyStatement() {
  const all: { key: string; text: string; shape: ReferralListShape; principal: Principal; filter: ReferralListFilter }[] = [];
  for (const principal of principals)
    for (const filter of filters)
      for (const read of reads)
        for (const logged of [false, true])
          for (const args of windows)
            for (const s of await statementsOf(principal, filter, read, logged, args)) all.push({ ...s, principal, filter });
  return all;
}

describe("the referral list's prepared-statement key", () => {
  it("is rebuilt from the inputs for every role and filter shape: the key alone gives back the same SQL text", async () => {
    for (const { key, text, shape } of await everyStatement()) {
      // The key holds the shape (and the window's shape): building from what the key says must give the same text.
      const [, shapeJson, window] = key.match(/^referrals\.list (\{.*\}) (\S+)$/)!;
      expect(JSON.parse(shapeJson)).toEqual(JSON.parse(JSON.stringify(shape)));
      const [direction, after, before, limit] = window.split(":");
      const rebuilt = await statementsOf(
        // A hospital's queue or the national one, as the key says, with values the test makes up.
        shape.queue === "ALL" ? principals[2] : principals[1],
        {
          direction: shape.queue === "ALL" || shape.queue === "BOTH" ? null : shape.queue,
          status: shape.status ? "COMPLETED" : null,
          urgency: shape.urgency ? "ROUTINE" : null,
        },
        // The key's columns already hold the sort key when cursors were asked for.
        { ...shape.read!, cursors: false },
        shape.logged,
        {
          [direction === "forward" ? "first" : "last"]: Number(limit) - 1,
          ...(after && { after: cursor }),
          ...(before && { before: cursor }),
        },
      );
      expect(rebuilt).toHaveLength(1);
      expect(rebuilt[0].key).toBe(key);
      expect(rebuilt[0].text).toBe(text);
    }
  });

  it("never gives two different SQL texts one key, and gives a hospital's queue and the national list different keys", async () => {
    const textOfKey = new Map<string, string>();
    const all = await everyStatement();
    for (const { key, text } of all) {
      if (!textOfKey.has(key)) textOfKey.set(key, text);
      expect({ key, text: textOfKey.get(key) }).toEqual({ key, text });
    }
    // Values never make a shape: the two hospitals share every statement, so the cache holds one per shape.
    const keysOf = (principal: Principal) => new Set(all.filter((s) => s.principal === principal).map((s) => s.key));
    expect(keysOf(principals[0])).toEqual(keysOf(principals[1]));
    expect(keysOf(principals[2])).toEqual(keysOf(principals[3]));
    for (const key of keysOf(principals[0])) expect(keysOf(principals[2]).has(key)).toBe(false);
    // And every distinct shape is a distinct text (the key is not coarser than needed either).
    expect(new Set(textOfKey.values()).size).toBe(textOfKey.size);
  });

  it("selects the sort key only when cursors are asked for, and refuses to make a cursor from a row read without it", async () => {
    const selected = (text: string) => {
      const before = text.split(' from "referrals" inner join')[0];
      return before.slice(before.lastIndexOf("select ") + "select ".length);
    };
    const read = { referral: ["id", "status"], patient: ["givenName"], destination: ["code"] };
    for (const principal of [principals[0], principals[2]])
      for (const args of windows) {
        const [without] = await statementsOf(principal, {}, { ...read, cursors: false }, true, args);
        const [withCursors] = await statementsOf(principal, {}, { ...read, cursors: true }, true, args);
        expect(selected(without.text)).toBe(
          '"referrals"."id", "referrals"."status", "patients"."given_name", "destination_facility"."code"',
        );
        expect(selected(withCursors.text)).toBe(
          '"referrals"."id", "referrals"."status", "referrals"."created_at", "patients"."given_name", "destination_facility"."code"',
        );
        expect(withCursors.key).not.toBe(without.key);
      }
    const id = "00000000-0000-4000-8000-0000000000aa";
    expect(referralKeyOf({ id, createdAt: new Date("2026-11-25T09:00:00Z") } as never)).toEqual(["2026-11-25T09:00:00.000Z", id]);
    expect(() => referralKeyOf({ id } as never)).toThrow(/cursor needs its createdAt/);
  });

  it("has no queue for a role without one", () => {
    expect(
      referralListOf({ clientId: "kkm", role: "EMERGENCY_112", scope: { kind: "PROVINCE", provinceCode: "01" } }, {}, null, false),
    ).toBeNull();
  });
});
