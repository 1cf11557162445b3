import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisRateLimiter } from "../../api/platform/edge/rate-limit.js";

/**
 * The Redis limiter's leases: a client with a large bucket is served from points its process reserved, the bucket in
 * Redis stays the one truth, and what a lease leaves unused goes back. Each test reads the bucket's level in Redis.
 */
describe.runIf(process.env.REDIS_URL)("rate-limit leases (Redis)", () => {
  const prefix = `test:lease:${randomUUID()}:`;
  let redis: Redis;
  beforeAll(() => void (redis = new Redis(process.env.REDIS_URL!)));
  afterAll(() => redis?.quit());

  const levelOf = async (client: string) => Number(await redis.hget(prefix + client, "level"));
  /** A limiter on its own clock (leases expire by it), starting at the real time. */
  function limiter() {
    const clock = { now: Date.now() };
    return { limiter: new RedisRateLimiter(process.env.REDIS_URL!, undefined, prefix, () => clock.now), clock };
  }
  // Restore 1 point/s: what drains during a test is a few points at most.
  const large = { points: 10_000, restorePerSecond: 1 };

  it("reserves 2 % of a large bucket with the first pour and decides the next requests in memory", async () => {
    const { limiter: a } = limiter();
    const client = randomUUID();
    expect(await a.pour(client, 10, large)).toMatchObject({ allowed: true, available: 9_990 });
    expect(await levelOf(client)).toBeCloseTo(210, -1); // the cost and the lease of 200
    // The lease's 200 points: 20 more requests of 10, decided here.
    for (let i = 0; i < 20; i++) expect((await a.pour(client, 10, large)).allowed).toBe(true);
    // 21 requests, one pour in Redis.
    expect(await levelOf(client)).toBeGreaterThan(200);
    expect(await levelOf(client)).toBeLessThanOrEqual(210);
    expect((await a.pour(client, 10, large)).available).toBeLessThanOrEqual(9_800);
    // The lease was used up: the 22nd pours again, with a new lease.
    expect(await levelOf(client)).toBeGreaterThan(400);
    await a.close();
  });

  it("two replicas pouring one client in parallel never let through more than the bucket holds", async () => {
    const policy = { points: 1_000, restorePerSecond: 1 };
    const [{ limiter: a }, { limiter: b }] = [limiter(), limiter()];
    const client = randomUUID();
    const started = Date.now();
    const pours = await Promise.all(Array.from({ length: 400 }, (_, i) => (i % 2 ? a : b).pour(client, 5, policy)));
    const allowed = pours.filter((state) => state.allowed).length * 5;
    const drained = Math.ceil((Date.now() - started) / 1000) * policy.restorePerSecond;
    expect(allowed).toBeLessThanOrEqual(policy.points + drained);
    // Refusals came only once the bucket was full but for what the two leases (20 points each) held back.
    expect(allowed).toBeGreaterThanOrEqual(policy.points - 2 * 20 - 5);
    await Promise.all([a.close(), b.close()]);
  });

  it("gives back an expired lease's unused points with the client's next pour, and by the sweep when it stops calling", async () => {
    const { limiter: a, clock } = limiter();
    const client = randomUUID();
    await a.pour(client, 10, large);
    expect(await levelOf(client)).toBeCloseTo(210, -1);
    clock.now += 1_500;
    await a.pour(client, 10, large);
    // The lease's 200 given back, 10 poured, a new lease of 200.
    expect(await levelOf(client)).toBeGreaterThan(215);
    expect(await levelOf(client)).toBeLessThanOrEqual(220);
    clock.now += 1_500;
    // The sweep (every second) returns the 200 the second lease left.
    let level = await levelOf(client);
    for (let i = 0; i < 30 && level > 20.5; i++, await new Promise((r) => setTimeout(r, 100))) level = await levelOf(client);
    expect(level).toBeLessThanOrEqual(20);
    await a.close();
  });

  it("settles under a lease in memory, and sends to Redis only what the lease cannot cover", async () => {
    const { limiter: a } = limiter();
    const client = randomUUID();
    await a.pour(client, 10, large);
    await a.settle(client, -5, large); // a refund back into the lease of 200: 205 left
    expect(await levelOf(client)).toBeCloseTo(210, -1);
    await a.settle(client, 300, large); // 205 from the lease, 95 to Redis
    expect(await levelOf(client)).toBeGreaterThan(300);
    expect(await levelOf(client)).toBeLessThanOrEqual(305);
    await a.close();
  });

  it("gives back every lease when it closes", async () => {
    const { limiter: a } = limiter();
    const client = randomUUID();
    await a.pour(client, 10, large);
    await a.close();
    expect(await levelOf(client)).toBeLessThanOrEqual(10);
  });

  it("takes no lease when it would not cover four requests: a small bucket pours every request", async () => {
    const { limiter: a } = limiter();
    const client = randomUUID();
    const small = { points: 1_000, restorePerSecond: 1 }; // a lease would be 20 points: fewer than 4 × 21
    await a.pour(client, 21, small);
    expect(await levelOf(client)).toBeCloseTo(21, 0);
    await a.pour(client, 21, small);
    expect(await levelOf(client)).toBeCloseTo(42, 0);
    await a.close();
  });
});
