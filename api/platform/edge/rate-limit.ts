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

/** Atomic in Redis, on Redis's clock, so every replica pours into the same bucket. */
const leakyBucketScript = `
local cost, points, rate, settling = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local stored = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(stored[1]) or 0
local at = tonumber(stored[2]) or now
level = math.max(0, level - (now - at) * rate / 1000)
local allowed = 0
if settling or level + cost <= points then
  level = math.max(0, level + cost)
  allowed = 1
end
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(points / rate * 1000) + 1000)
return { allowed, tostring(level) }
`;

/** How long a request waits for Redis before it is answered 503: a limiter that cannot be reached refuses fast. */
const REDIS_TIMEOUT_MS = 1_000;

/** Buckets shared by every replica (REDIS_URL). */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;
  private reachable = true;

  constructor(
    url: string,
    onUnreachable: (error: Error) => void = () => {},
    private readonly keyPrefix = "koordinat:rate-limit:",
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
  }

  async pour(clientId: string, cost: number, policy: RateLimitPolicy): Promise<BucketState> {
    return this.apply(clientId, cost, false, policy);
  }

  async settle(clientId: string, difference: number, policy: RateLimitPolicy): Promise<BucketState> {
    return this.apply(clientId, difference, true, policy);
  }

  private async apply(clientId: string, cost: number, settling: boolean, policy: RateLimitPolicy): Promise<BucketState> {
    const script = this.redis as Redis & { pourLeakyBucket(key: string, ...args: (number | string)[]): Promise<[number, string]> };
    try {
      const [allowed, level] = await script.pourLeakyBucket(
        this.keyPrefix + clientId,
        cost,
        policy.points,
        policy.restorePerSecond,
        settling ? "1" : "0",
      );
      return stateOf(allowed === 1, Number(level), cost, policy);
    } catch {
      throw serviceUnavailable("The rate limiter's store (Redis) cannot be reached: the request was not run; retry shortly.");
    }
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    // quit() waits for a reply a lost Redis never sends.
    if (this.redis.status === "ready") await this.redis.quit();
    else this.redis.disconnect();
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
