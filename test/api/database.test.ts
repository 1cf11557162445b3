import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, openDatabase } from "../../drizzle/database.js";

describe("embedded database", () => {
  it("locks its data directory: a second process gets a clear error instead of losing writes", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "koordinat-lock-"));
    const first = await openDatabase({ engine: "pglite", dataDir });
    try {
      await expect(openDatabase({ engine: "pglite", dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ engine: "pglite", dataDir });
    await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
