import { LocalDateResolver } from "graphql-scalars";
import { describe, expect, it } from "vitest";
import { LocalDate } from "../../schema/local-date.js";

const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe("LocalDate scalar", () => {
  it("accepts and refuses exactly what graphql-scalars' LocalDate does, with the same messages", () => {
    const samples: unknown[] = [
      "2024-02-29",
      "2023-02-29",
      "1900-02-29",
      "2000-02-29",
      "2026-11-25",
      "0000-01-01",
      "9999-12-31",
      "2026-00-10",
      "2026-13-01",
      "2026-04-31",
      "2026-04-30",
      "2026-01-00",
      "2026-01-32",
      "2026-1-01",
      "26-01-01",
      "2026-01-01T00:00:00Z",
      " 2026-01-01",
      "",
      20260101,
      null,
      new Date("2026-01-01"),
    ];
    for (const sample of samples) {
      expect(
        outcome(() => LocalDate.serialize(sample)),
        String(sample),
      ).toEqual(outcome(() => LocalDateResolver.serialize(sample)));
      expect(
        outcome(() => LocalDate.parseValue(sample)),
        String(sample),
      ).toEqual(outcome(() => LocalDateResolver.parseValue(sample)));
    }
    expect(LocalDate.name).toBe(LocalDateResolver.name);
    expect(LocalDate.description).toBe(LocalDateResolver.description);
  });
});
