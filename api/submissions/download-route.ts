import express from "express";
import type { Database } from "../../drizzle/database.js";
import { InvalidTokenError, type TokenIssuer } from "../auth/tokens.js";
import type { ReferenceData } from "../geography/reference-data.js";
import { acceptedTotals, consolidationCsv, consolidationWorkbook } from "./consolidation.js";

/** GET /downloads/<token>: serves the export a short-lived link names (MDS-5). */
export function downloadRoute(db: Database, tokens: TokenIssuer, reference: ReferenceData) {
  const router = express.Router();
  router.get("/downloads/:token", async (req, res, next) => {
    try {
      const claims = await tokens.verifyDownload(req.params.token);
      if (claims.kind !== "mds-consolidation" || typeof claims.period !== "string")
        return void res.status(404).json({ error: "unknown download" });
      const current = await acceptedTotals(db, claims.period);
      const name = `koordinat-gecici-koruma-${claims.period}`;
      res.setHeader("cache-control", "no-store");
      if (claims.format === "CSV") {
        res
          .type("text/csv; charset=utf-8")
          .attachment(`${name}.csv`)
          .send(consolidationCsv(claims.period, current, reference));
      } else {
        res
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .attachment(`${name}.xlsx`)
          .send(await consolidationWorkbook(claims.period, current, reference));
      }
    } catch (error) {
      if (error instanceof InvalidTokenError) return void res.status(410).json({ error: error.message });
      next(error);
    }
  });
  return router;
}
