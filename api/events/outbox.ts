import { sql } from "drizzle-orm";
import type { Executor } from "../../drizzle/database.js";
import { domainEvents } from "../../drizzle/schema/index.js";
import type { Audience } from "../auth/policy.js";
import type { Principal } from "../auth/principal.js";
import type { Clock } from "../platform/time/clock.js";
import { toGlobalId } from "../platform/conventions/global-id.js";
import { staffPersonOf } from "../staff/person.js";
import { subjectTypeNames, type EventSubject, type EventType } from "./catalogue.js";

/** The PostgreSQL channel on which every replica hears of new events (GraphQL subscriptions). */
export const EVENTS_CHANNEL = "koordinat_events";

export interface NewEvent {
  type: EventType;
  /** The changed object: its subject kind and local (database) id. */
  subject: { kind: EventSubject; id: string };
  /**
   * What changed, without personal data (receivers read the object through the API, which
   * authorises and logs the read): `{ action, fromStatus, toStatus, version, ... }`.
   */
  data: Record<string, unknown>;
  /** Who may see the subject now (api/auth/policy.ts `…Audience`). */
  audience: Audience;
}

export interface EventContext {
  clock: Clock;
  /** The client that made the change; null for the server's own jobs. */
  principal: Principal | null;
}

/**
 * Appends events to the outbox in the caller's transaction — so an event exists exactly when its
 * change was committed — and wakes the listeners of every replica on commit. One statement.
 */
export async function recordEvent(tx: Executor, ctx: EventContext, ...events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const occurredAt = ctx.clock.now();
  const person = ctx.principal?.person ? staffPersonOf(ctx.principal.person) : null;
  const rows = events.map((event) => ({
    type: event.type,
    subjectType: subjectTypeNames[event.subject.kind],
    subjectId: toGlobalId(subjectTypeNames[event.subject.kind], event.subject.id),
    // The person behind the client (staff sign-in), named in the event as the access log names them.
    data: { ...event.data, actorRole: ctx.principal?.role ?? null, actorPerson: person },
    audience: event.audience,
    actorClientId: ctx.principal?.clientId ?? null,
    actorPersonId: ctx.principal?.person?.id ?? null,
    occurredAt,
  }));
  const inserted = tx.$with("inserted").as(tx.insert(domainEvents).values(rows).returning({ seq: domainEvents.seq }));
  await tx
    .with(inserted)
    .select({ notified: sql`pg_notify(${EVENTS_CHANNEL}, ${inserted.seq}::text)` })
    .from(inserted);
}
