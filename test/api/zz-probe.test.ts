import { it } from "vitest";
import { role } from "../../drizzle/schema/index.js";
import { koordinatSchema } from "../../api/schema.js";
import { startTestApp } from "../support/app.js";
import { rootFields, sampleRequest } from "../support/schema-samples.js";
const scopes: Record<string, string> = { FACILITY: "facility:X", PROVINCE: "province:06", NATIONAL: "national", INSURER: "insurer:SGK", ORGANISATION: "organisation:X", PERSON: "person:TCKN:10000000146" };
it("probe", async () => {
  const app = await startTestApp();
  const { scopeKindOfRole } = await import("../../api/auth/principal.js");
  const { seededFacility } = await import("../support/app.js");
  const fac = await seededFacility(app.db, (r) => r.kind !== "OVERSEAS" && r.countryCode === "TR");
  const schema = await koordinatSchema();
  const tokens: Record<string, string> = {};
  for (const r of role.enumValues) {
    const kind = scopeKindOfRole[r];
    let scope = scopes[kind];
    if (kind === "FACILITY") scope = `facility:${fac.code}`;
    if (kind === "ORGANISATION") scope = "organisation:KZ-ALA-PHC-01";
    tokens[r] = await app.tokenFor(r, scope).catch((e) => { console.log(r, String(e)); return ""; });
  }
  const out: string[] = [];
  for (const f of rootFields({ query: schema.getQueryType()!, mutation: schema.getMutationType()! })) {
    const request = sampleRequest(f.operation, f.field);
    const row: string[] = [];
    for (const r of role.enumValues) {
      const res = await app.gql(request.query, request.variables, tokens[r]);
      const code = res.errors?.[0]?.extensions?.code ?? "OK";
      row.push(`${r}=${code}${code === "FORBIDDEN" ? ":" + res.errors![0].message.slice(0, 90) : ""}`);
    }
    out.push(`${f.name}\n  ${row.join("\n  ")}`);
  }
  console.log(out.join("\n"));
  await app.stop();
}, 600_000);
