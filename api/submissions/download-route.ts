import type { FastifyPluginAsync } from "fastify";
import type { Database } from "../../drizzle/database.js";
import { InvalidTokenError, type TokenIssuer } from "../auth/tokens.js";
import type { ReferenceData } from "../geography/reference-data.js";
import { acceptedTotals, consolidationCsv, consolidationWorkbook } from "./consolidation.js";

/** GET /downloads/<token>: serves the export a short-lived link names (MDS-5). */
export function downloadRoute(db: Database, tokens: TokenIssuer, reference: ReferenceData): FastifyPluginAsync {
  return async (scope) =>
    void scope.get<{ Params: { token: string } }>("/downloads/:token", async (req, res) => {
      try {
        const claims = await tokens.verifyDownload(req.params.token);
        if (claims.kind !== "mds-consolidation" || typeof claims.period !== "string")
          return res.code(404).send({ error: "unknown download" });
        const current = await acceptedTotals(db, claims.period);
        const name = `koordinat-gecici-koruma-${claims.period}`;
        res.header("cache-control", "no-store");
        if (claims.format === "CSV") {
          return res
            .type("text/csv; charset=utf-8")
            .header("content-disposition", `attachment; filename="${name}.csv"`)
            .send(consolidationCsv(claims.period, current, reference));
        }
        return res
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", `attachment; filename="${name}.xlsx"`)
          .send(await consolidationWorkbook(claims.period, current, reference));
      } catch (error) {
        if (error instanceof InvalidTokenError) return res.code(410).send({ error: error.message });
        throw error;
      }
    });
}
