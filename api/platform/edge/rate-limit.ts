import { Redis } from "ioredis";
import type { RateLimitPolicy } from "../../auth/client-policy.js";
import { serviceUnavailable } from "../conventions/errors.js";

/** A client's bucket after a request: whether its cost fitted, and what is left. */
export interface BucketState {
  allowed: boolean;
  /** Points free in the bucket now. */
  available: number;
  /** When refused: seconds until the refused cost would fit. */
  retryAfterSeconds: number;
  /** Seconds until the bucket is empty again (every point available). */
  resetSeconds: number;
}

/**
 * Per-client rate limits by query cost, as a leaky bucket: each request pours its cost in, the
 * bucket drains `restorePerSecond` points a second, and a request that would overflow it is
 * refused. `settle` corrects a charge once the actual cost is known: it gives back what a query
 * was charged above its actual cost, or adds what it cost beyond the estimate, never refusing.
 */
export interface RateLimiter {
  pour(clientId: string, cost: number, policy: RateLimitPolicy): Promise<BucketState>;
  settle(clientId: string, difference: number, policy: RateLimitPolicy): Promise<BucketState>;
  /** Rejects when the buckets cannot be reached (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

interface Bucket {
  level: number;
  at: number;
}

/** The bucket arithmetic; the Redis script below does the same in Lua. */
function pourInto(
  bucket: Bucket | undefined,
  cost: number,
  settling: boolean,
  now: number,
  policy: RateLimitPolicy,
): { bucket: Bucket; state: BucketState } {
  const drained = Math.max(0, (bucket?.level ?? 0) - ((now - (bucket?.at ?? now)) * policy.restorePerSecond) / 1000);
  const allowed = settling || drained + cost <= policy.points;
  const level = allowed ? Math.max(0, drained + cost) : drained;
  return { bucket: { level, at: now }, state: stateOf(allowed, level, cost, policy) };
}

function stateOf(allowed: boolean, level: number, cost: number, policy: RateLimitPolicy): BucketState {
  return {
    allowed,
    available: Math.max(0, Math.floor(policy.points - level)),
    retryAfterSeconds: allowed ? 0 : Math.ceil((level + cost - policy.points) / policy.restorePerSecond),
    resetSeconds: Math.ceil(level / policy.restorePerSecond),
  };
}

/** One process's buckets in memory: the embedded default, where there is one server. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number = Date.now) {}

  async pour(clientId: string, cost: number, policy: RateLimitPolicy): Promise<BucketState> {
    return this.apply(clientId, cost, false, policy);
  }

  async settle(clientId: string, difference: number, policy: RateLimitPolicy): Promise<BucketState> {
    return this.apply(clientId, difference, true, policy);
  }

  private apply(clientId: string, cost: number, settling: boolean, policy: RateLimitPolicy): BucketState {
    const { bucket, state } = pourInto(this.buckets.get(clientId), cost, settling, this.now(), policy);
    if (bucket.level === 0) this.buckets.delete(clientId);
    else this.buckets.set(clientId, bucket);
    return state;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}

/**
 * Atomic in Redis, on Redis's clock, so every replica pours into the same bucket. A pour may also reserve points
 * ahead of use for the calling process (a lease: poured now, used from memory) and give back what an earlier lease
 * left unused; since the bucket drains linearly, taking the remainder off the level later is exact.
 */
const leakyBucketScript = `
local cost, points, rate, settling = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local reserve, give_back = tonumber(ARGV[5]), tonumber(ARGV[6])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(stored[1]) or 0
local at = tonumber(stored[2]) or now
level = math.max(0, level - (now - at) * rate / 1000 - give_back)
local allowed, reserved = 0, 0
if settling then
  level = math.max(0, level + cost)
  allowed = 1
elseif level + cost + reserve <= points then
  level = level + cost + reserve
  allowed, reserved = 1, reserve
elseif level + cost <= points then
  level = level + cost
  allowed = 1
end
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(points / rate * 1000) + 1000)
return { allowed, tostring(level), reserved }
`;

/** How long a request waits for Redis before it is answered 503: a limiter that cannot be reached refuses fast. */
const REDIS_TIMEOUT_MS = 1_000;

/** A lease lives this long; then its unused points go back to the shared bucket. */
const LEASE_MS = 1_000;
/** A lease is this share of the client's bucket (1/50 = 2 %)… */
const LEASE_SHARE_OF_BUCKET = 1 / 50;
/** …and is taken only when it covers at least this many requests of the current cost (else every pour goes to Redis). */
const LEASE_MIN_REQUESTS = 4;

/** Points a process reserved in the shared bucket for one client, used from memory until they run out or expire. */
interface Lease {
  remaining: number;
  expiresAt: number;
  /** The bucket's level in Redis when the lease was taken (the lease included), and when (this process's clock). */
  level: number;
  at: number;
  policy: RateLimitPolicy;
}

/**
 * Buckets shared by every replica (REDIS_URL). A client whose bucket is large against its queries' cost is served from
 * a lease: the process reserves 2 % of the bucket in Redis with one pour and decides the next requests in memory
 * until the lease is used up or a second has passed, then gives back what is left. The bucket in Redis stays the one
 * truth and is never exceeded: a lease held by one replica can refuse a client near its limit a little earlier on
 * another, never let more through. A small bucket (the lease would not cover four requests) pours every request.
 */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private reachable = true;
  private readonly leases = new Map<string, Lease>();
  /** Unused points of ended leases, per client, given back with the client's next pour or by the sweep. */
  private readonly unused = new Map<string, { points: number; policy: RateLimitPolicy }>();
  private readonly reserving = new Set<string>();
  private readonly sweep: NodeJS.Timeout;

  constructor(
    url: string,
    onUnreachable: (error: Error) => void = () => {},
    private readonly keyPrefix = "koordinat:rate-limit:",
    private readonly now: () => number = Date.now,
  ) {
    // Fail fast: every command, also one queued while (re)connecting, gives up after the timeout (ioredis's
    // defaults wait 10 s to connect and retry 20 times). Requests are then refused (503), never let through unlimited.
    this.redis = new Redis(url, {
      connectTimeout: REDIS_TIMEOUT_MS,
      commandTimeout: REDIS_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      enableAutoPipelining: true,
    });
    this.redis.defineCommand("pourLeakyBucket", { numberOfKeys: 1, lua: leakyBucketScript });
    // Reported once per outage, not at every reconnection attempt.
    this.redis.on("error", (error: Error) => {
      if (this.reachable) onUnreachable(error);
      this.reachable = false;
    });
    this.redis.on("ready", () => (this.reachable = true));
    // A client that stops calling does not keep points reserved: expired leases are given back within a second.
    this.sweep = setInterval(() => void this.giveBackExpired().catch(() => {}), LEASE_MS);
    this.sweep.unref();
  }

  async pour(clientId: string, cost: number, policy: RateLimitPolicy): Promise<BucketState> {
    const lease = this.leases.get(clientId);
    if (lease && lease.expiresAt > this.now() && lease.remaining >= cost) {
      lease.remaining -= cost;
      return this.leasedState(lease, policy);
    }
    if (lease) this.endLease(clientId, lease);
    const share = Math.floor(policy.points * LEASE_SHARE_OF_BUCKET);
    // One reservation in flight per client: a burst of its requests before the lease arrives pours its costs only.
    const reserve = share >= LEASE_MIN_REQUESTS * cost && !this.reserving.has(clientId) ? share : 0;
    if (reserve > 0) this.reserving.add(clientId);
    try {
      const { allowed, level, reserved } = await this.apply(clientId, cost, false, policy, reserve);
      if (reserved === 0) return stateOf(allowed, level, cost, policy);
      const taken = { remaining: reserved, expiresAt: this.now() + LEASE_MS, level, at: this.now(), policy };
      this.leases.set(clientId, taken);
      return this.leasedState(taken, policy);
    } finally {
      if (reserve > 0) this.reserving.delete(clientId);
    }
  }

  async settle(clientId: string, difference: number, policy: RateLimitPolicy): Promise<BucketState> {
    const lease = this.liveLease(clientId);
    if (!lease) {
      const { allowed, level } = await this.apply(clientId, difference, true, policy, 0);
      return stateOf(allowed, level, difference, policy);
    }
    // A refund goes back into the lease; an extra charge comes out of it, and what it cannot cover goes to Redis.
    const covered = Math.min(difference, lease.remaining);
    lease.remaining -= covered;
    if (difference > covered) {
      const { level } = await this.apply(clientId, difference - covered, true, policy, 0);
      Object.assign(lease, { level, at: this.now() });
    }
    return this.leasedState(lease, policy);
  }

  private liveLease(clientId: string): Lease | undefined {
    const lease = this.leases.get(clientId);
    return lease && lease.expiresAt > this.now() ? lease : undefined;
  }

  private endLease(clientId: string, lease: Lease) {
    this.leases.delete(clientId);
    if (lease.remaining <= 0) return;
    const earlier = this.unused.get(clientId)?.points ?? 0;
    this.unused.set(clientId, { points: earlier + lease.remaining, policy: lease.policy });
  }

  /** What the client has left as this process sees it: the bucket's level when leased, drained since, less the lease's unused points. */
  private leasedState(lease: Lease, policy: RateLimitPolicy): BucketState {
    const drained = Math.max(0, lease.level - ((this.now() - lease.at) * policy.restorePerSecond) / 1000);
    return stateOf(true, Math.max(0, drained - lease.remaining), 0, policy);
  }

  private async apply(
    clientId: string,
    cost: number,
    settling: boolean,
    policy: RateLimitPolicy,
    reserve: number,
  ): Promise<{ allowed: boolean; level: number; reserved: number }> {
    const script = this.redis as Redis & {
      pourLeakyBucket(key: string, ...args: (number | string)[]): Promise<[number, string, number]>;
    };
    const giveBack = this.unused.get(clientId)?.points ?? 0;
    this.unused.delete(clientId);
    try {
      const [allowed, level, reserved] = await script.pourLeakyBucket(
        this.keyPrefix + clientId,
        cost,
        policy.points,
        policy.restorePerSecond,
        settling ? "1" : "0",
        reserve,
        giveBack,
      );
      return { allowed: allowed === 1, level: Number(level), reserved };
    } catch {
      // Not given back this time: the points stay poured (the safe side) unless a later call returns them.
      if (giveBack > 0) this.unused.set(clientId, { points: (this.unused.get(clientId)?.points ?? 0) + giveBack, policy });
      throw serviceUnavailable("The rate limiter's store (Redis) cannot be reached: the request was not run; retry shortly.");
    }
  }

  /** Ends every expired lease and gives back every unused remainder (each a settle of nothing, pipelined). */
  private async giveBackExpired(all = false): Promise<void> {
    const now = this.now();
    for (const [clientId, lease] of this.leases) if (all || lease.expiresAt <= now) this.endLease(clientId, lease);
    await Promise.all([...this.unused].map(([clientId, { policy }]) => this.apply(clientId, 0, true, policy, 0)));
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    // quit() waits for a reply a lost Redis never sends.
    if (this.redis.status === "ready") {
      await this.giveBackExpired(true).catch(() => {});
      await this.redis.quit();
    } else this.redis.disconnect();
  }
}

export const createRateLimiter = (redisUrl: string | undefined, onUnreachable?: (error: Error) => void): RateLimiter =>
  redisUrl ? new RedisRateLimiter(redisUrl, onUnreachable) : new MemoryRateLimiter();

/** The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): the policy, and what is left of it. */
export function rateLimitHeaders(state: BucketState, policy: RateLimitPolicy): [string, string][] {
  const window = Math.ceil(policy.points / policy.restorePerSecond);
  return [
    ["ratelimit-policy", `"cost";q=${policy.points};w=${window}`],
    ["ratelimit", `"cost";r=${Math.max(0, state.available)};t=${state.resetSeconds}`],
    ...(state.allowed ? [] : [["retry-after", String(state.retryAfterSeconds)] as [string, string]]),
  ];
}
