/**
 * The ceiling for scenario (a): a minimal Node HTTP server answering the nested referral list
 * with one hand-written SQL statement through postgres.js (prepared), rows mapped in JS into the
 * same JSON the GraphQL server returns. No GraphQL, no auth, no access log: what is left is the
 * cost of Node, the driver and PostgreSQL. Started by the harness as its own process, or as many as Koordinat runs.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import { availableParallelism } from "node:os";
import postgres from "postgres";
import { toGlobalId } from "../../api/platform/conventions/global-id.js";

const sql = postgres(process.env.DATABASE_URL!, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
const facility = (id: string | null, code: string | null, name: string | null) =>
  id ? { id: toGlobalId("Facility", id), code, name } : null;

async function nestedList() {
  const rows = await sql`
    select r.id, r.status, r.urgency, r.diagnosis_icd10,
           p.id as patient_id, p.given_name, p.family_name, p.birth_date::text as birth_date,
           o.id as origin_id, o.code as origin_code, o.name as origin_name,
           d.id as destination_id, d.code as destination_code, d.name as destination_name
    from referrals r
    join patients p on p.id = r.patient_id
    join facilities o on o.id = r.origin_facility_id
    left join facilities d on d.id = r.destination_facility_id
    order by r.created_at, r.id
    limit 50`;
  return {
    data: {
      referrals: {
        edges: rows.map((r) => ({
          node: {
            id: toGlobalId("Referral", r.id),
            status: r.status,
            urgency: r.urgency,
            diagnosisIcd10: r.diagnosis_icd10,
            patient: {
              id: toGlobalId("Patient", r.patient_id),
              givenName: r.given_name,
              familyName: r.family_name,
              birthDate: r.birth_date,
            },
            originFacility: facility(r.origin_id, r.origin_code, r.origin_name),
            destinationFacility: facility(r.destination_id, r.destination_code, r.destination_name),
          },
        })),
      },
    },
  };
}

function serve() {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", async () => {
      try {
        const body = JSON.stringify(await nestedList());
        res.writeHead(200, { "content-type": "application/json", "x-sql-statements": "1" }).end(body);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => cluster.isPrimary && process.send?.("ready"));
}

// As many processes as Koordinat runs (WORKERS: a number or `auto`), so the ratio compares like with like.
const workers = process.env.WORKERS === "auto" ? availableParallelism() : Number(process.env.WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let listening = 0;
  cluster.on("listening", () => ++listening === workers && process.send?.("ready"));
  process.on("SIGTERM", () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  serve();
}
