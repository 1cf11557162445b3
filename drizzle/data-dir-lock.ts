import { linkSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The lock's file inside the data directory, as PostgreSQL keeps `postmaster.pid` in its own. */
export const LOCK_FILE = "koordinat.pid";

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number | undefined) {
    super(
      `The data directory ${dataDir} is in use by another Koordinat process${pid ? ` (pid ${pid})` : ""}. Two processes on one ` +
        `embedded database silently lose writes: stop the other one, or set KOORDINAT_DATA_DIR to another folder.`,
    );
  }
}

/** Real paths this process holds: a second open in the same process is refused too. */
const heldHere = new Set<string>();

/** Whether a process with this pid runs (signal 0 only checks; EPERM means it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function recordedPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Locks a data directory for this process: `koordinat.pid` (pid, start time) is created exclusively in the
 * directory's real path, so another path to it (a symlink, `..`) finds the same file. A file left by a process
 * that no longer runs (kill -9, a crash) is stale and taken over at once; so is one with this process's own pid
 * that this process does not hold (a container restarted with the same pid). Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const realDir = realpathSync(dataDir);
  const file = join(realDir, LOCK_FILE);
  if (heldHere.has(realDir)) throw new DataDirInUseError(realDir, process.pid);
  // Written whole, then linked into place: the link is atomic and fails if the file exists, so no other
  // process ever reads a half-written lock.
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, `${process.pid}\n${new Date(Date.now() - process.uptime() * 1000).toISOString()}\n`, { mode: 0o600 });
  try {
    // Twice at most: the second attempt follows the removal of a stale file.
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(draft, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const pid = recordedPid(file);
        if (attempt > 0 || (pid !== undefined && pid !== process.pid && isRunning(pid))) throw new DataDirInUseError(realDir, pid);
        rmSync(file, { force: true });
      }
    }
  } finally {
    rmSync(draft, { force: true });
  }
  heldHere.add(realDir);
  return () => {
    heldHere.delete(realDir);
    // Only our own file: after a takeover by another process, its file is not ours to remove.
    if (recordedPid(file) === process.pid) rmSync(file, { force: true });
  };
}
