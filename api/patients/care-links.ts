import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { patientCareLinks, type CareLinkSource } from "../../drizzle/schema/index.js";

/**
 * PAT-3 care links are opened and ended here only: while a referral, health-tourism case or appointment links a
 * facility to a patient, the facility reads the patient. Other modules call these in their own transaction (a
 * hospital's stated reason for a link it creates itself is `PatientService.recordJustification`).
 */
export interface CareLink {
  patientId: string;
  facilityId: string;
  source: CareLinkSource;
  sourceId: string;
}

/** Opens the facility's access to the patient through `link.source` from `now`. */
export async function openCareLink(tx: Executor, link: CareLink, now: Date): Promise<void> {
  await tx.insert(patientCareLinks).values({ ...link, startedAt: now });
}

/**
 * Ends the access the given sources gave (every facility's, or only `facilityId`'s), from `now`. Links already
 * ended stay as they were.
 */
export async function endCareLinks(
  tx: Executor,
  ended: { source: CareLinkSource; sourceIds: readonly string[]; facilityId?: string | null },
  now: Date,
): Promise<void> {
  if (ended.sourceIds.length === 0) return;
  await tx
    .update(patientCareLinks)
    .set({ endedAt: now })
    .where(
      and(
        eq(patientCareLinks.source, ended.source),
        inArray(patientCareLinks.sourceId, [...ended.sourceIds]),
        isNull(patientCareLinks.endedAt),
        ended.facilityId ? eq(patientCareLinks.facilityId, ended.facilityId) : undefined,
      ),
    );
}
