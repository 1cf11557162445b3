import { afterEach, describe, expect, it, vi } from "vitest";
import { withProgress } from "../../api/platform/runtime/progress.js";

afterEach(() => vi.useRealTimers());

describe("withProgress", () => {
  it("says nothing for work done within a second", async () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const result = withProgress(
      "loading",
      () => new Promise((resolve) => setTimeout(() => resolve(7), 900)),
      (line) => said.push(line),
    );
    await vi.advanceTimersByTimeAsync(900);
    expect(await result).toBe(7);
    expect(said).toEqual([]);
  });

  it("prints a progress line once work takes longer than a second, and how long it took", async () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const result = withProgress(
      "building the demo world",
      () => new Promise((resolve) => setTimeout(resolve, 2_500)),
      (line) => said.push(line),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(said).toEqual(["building the demo world…"]);
    await vi.advanceTimersByTimeAsync(1_500);
    await result;
    expect(said).toEqual(["building the demo world…", "building the demo world: done in 2.5 s"]);
  });
});
