import { Redis } from "ioredis";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ReadReplica, ReadRoute } from "../../../drizzle/database.js";
import type { Principal } from "../../auth/principal.js";

/**
 * How long a client's last write is remembered: a replica further behind than this is broken, and its reads
 * would be stale for everyone anyway.
 */
const REMEMBER_MS = 10 * 60_000;

/** A WAL position ("16/B374D848") as 16 hex digits, so that text order is WAL order (also in Redis's Lua). */
export const sortableLsn = (lsn: string) => {
  const [high = "0", low = "0"] = lsn.split("/");
  return high.padStart(8, "0").toUpperCase() + low.padStart(8, "0").toUpperCase();
};
const lsnOf = (sortable: string) => `${sortable.slice(0, 8)}/${sortable.slice(8)}`;

/** The WAL position of each client's latest write, kept until the replica has replayed it. */
export interface WritePositions {
  /** Remembers `lsn` for the client unless a later one is remembered already. */
  wrote(clientId: string, lsn: string): Promise<void>;
  /** The client's latest write not yet known to be on the replica. */
  pending(clientId: string): Promise<string | undefined>;
  /** Forgets `lsn` (replayed) unless a later write replaced it meanwhile. */
  replayed(clientId: string, lsn: string): Promise<void>;
  close(): Promise<void>;
}

/** One process's memory: enough where one process serves a client (the embedded engine never has a replica). */
export class MemoryWritePositions implements WritePositions {
  private readonly positions = new Map<string, { lsn: string; until: number }>();
  async wrote(clientId: string, lsn: string) {
    const current = await this.pending(clientId);
    if (!current || sortableLsn(current) < sortableLsn(lsn)) this.positions.set(clientId, { lsn, until: Date.now() + REMEMBER_MS });
  }
  async pending(clientId: string) {
    const entry = this.positions.get(clientId);
    if (entry && entry.until < Date.now()) this.positions.delete(clientId);
    return entry && entry.until >= Date.now() ? entry.lsn : undefined;
  }
  async replayed(clientId: string, lsn: string) {
    if (this.positions.get(clientId)?.lsn === lsn) this.positions.delete(clientId);
  }
  async close() {}
}

/** Keeps the later of two positions: a client's two concurrent writes may report in either order. */
const keepLaterScript = `
local current = redis.call('GET', KEYS[1])
if not current or current < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return 1`;
const forgetIfSameScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1`;

/** Shared by every API process: a client's next request may reach another one. */
export class RedisWritePositions implements WritePositions {
  private readonly redis: Redis;
  private readonly prefix = "koordinat:wrote:";
  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableAutoPipelining: true });
    this.redis.defineCommand("keepLater", { numberOfKeys: 1, lua: keepLaterScript });
    this.redis.defineCommand("forgetIfSame", { numberOfKeys: 1, lua: forgetIfSameScript });
    // The rate limiter reports Redis being unreachable; this store's failures send reads to the primary.
    this.redis.on("error", () => {});
  }
  private get scripts() {
    return this.redis as Redis & {
      keepLater(key: string, lsn: string, ttl: number): Promise<number>;
      forgetIfSame(key: string, lsn: string): Promise<number>;
    };
  }
  async wrote(clientId: string, lsn: string) {
    await this.scripts.keepLater(this.prefix + clientId, sortableLsn(lsn), REMEMBER_MS);
  }
  async pending(clientId: string) {
    const sortable = await this.redis.get(this.prefix + clientId);
    return sortable ? lsnOf(sortable) : undefined;
  }
  async replayed(clientId: string, lsn: string) {
    await this.scripts.forgetIfSame(this.prefix + clientId, sortableLsn(lsn));
  }
  async close() {
    if (this.redis.status === "ready") await this.redis.quit();
    else this.redis.disconnect();
  }
}

export const createWritePositions = (redisUrl: string | undefined): WritePositions =>
  redisUrl ? new RedisWritePositions(redisUrl) : new MemoryWritePositions();

interface RoutedContext {
  principal: Principal | null;
  readRoute?: ReadRoute;
}

/**
 * Read-your-writes over a streaming replica: a query reads from the replica unless its client has written
 * something the replica has not replayed yet; a mutation reads and writes on the primary, and leaves the
 * primary's WAL position (at or past its commits) as the client's latest write. Anything that fails here
 * reads from the primary, which is never stale.
 */
export function readYourWritesPlugin(replica: ReadReplica, positions: WritePositions): ApolloServerPlugin<RoutedContext> {
  return {
    async requestDidStart() {
      let mutation = false;
      return {
        async didResolveOperation({ operation, contextValue }) {
          const route = contextValue.readRoute;
          if (!route) return;
          mutation = operation?.operation === "mutation";
          if (operation?.operation !== "query") return;
          const clientId = contextValue.principal?.clientId;
          try {
            const lsn = clientId ? await positions.pending(clientId) : undefined;
            if (lsn && !(await replica.hasReplayed(lsn))) return;
            if (lsn) await positions.replayed(clientId!, lsn);
            route.replica = true;
          } catch {
            route.replica = false;
          }
        },
        async willSendResponse({ contextValue }) {
          const clientId = contextValue.principal?.clientId;
          if (!mutation || !clientId || !contextValue.readRoute) return;
          // The mutation has committed whatever this fails to record: failing its response would say otherwise.
          await replica
            .primaryPosition()
            .then((lsn) => positions.wrote(clientId, lsn))
            .catch(() => {});
        },
      };
    },
  };
}
