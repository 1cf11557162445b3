import { createPubSub } from "@graphql-yoga/subscription";
import { inArray } from "drizzle-orm";
import type { DatabaseHandle } from "../../drizzle/database.js";
import { domainEvents, type DomainEventRow } from "../../drizzle/schema/index.js";
import { EVENTS_CHANNEL } from "./outbox.js";

/**
 * The process's bus for GraphQL subscriptions. Each server publishes on its own topic what its
 * LISTEN connection hears, so two servers in one process (tests, the sandbox) never double up.
 */
export const eventBus = createPubSub<Record<string, [DomainEventRow]>>();

/**
 * Feeds `topic` with every event committed by any replica: NOTIFY carries the event's sequence
 * number (recordEvent), the row is read after the commit that sent it.
 */
export async function publishCommittedEvents(
  database: DatabaseHandle,
  topic: string,
  onError: (error: unknown) => void,
): Promise<() => Promise<void>> {
  return database.listen(EVENTS_CHANNEL, (payload) => {
    const seq = Number(payload);
    if (!Number.isSafeInteger(seq)) return;
    database.db
      .select()
      .from(domainEvents)
      .where(inArray(domainEvents.seq, [seq]))
      .then(([event]) => event && eventBus.publish(topic, event), onError);
  });
}
