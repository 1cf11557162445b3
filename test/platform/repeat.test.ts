import { describe, expect, it } from "vitest";
import { repeat } from "../../api/platform/runtime/repeat.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("repeat (server and worker intervals)", () => {
  it("never overlaps runs, and stop() waits for the run in progress, then runs nothing more", async () => {
    let running = 0;
    let overlapped = false;
    let finished = 0;
    const rounds = repeat(
      async () => {
        running++;
        overlapped ||= running > 1;
        await sleep(60);
        running--;
        finished++;
      },
      5,
      (error) => {
        throw error;
      },
    );
    await sleep(100); // a run is in progress (each takes 60 ms; the interval is 5 ms)
    await rounds.stop();
    expect(running).toBe(0);
    const afterStop = finished;
    await sleep(50);
    expect(finished).toBe(afterStop);
    expect(afterStop).toBeGreaterThanOrEqual(1);
    expect(overlapped).toBe(false);
  });

  it("hands a failed run to onError and keeps going", async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const rounds = repeat(
      async () => {
        calls++;
        throw new Error("receiver database down");
      },
      5,
      (error) => errors.push(error),
    );
    await sleep(60);
    await rounds.stop();
    expect(calls).toBeGreaterThan(1);
    expect(errors).toHaveLength(calls);
  });
});
