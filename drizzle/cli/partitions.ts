/**
 * `npm run db:partitions`: the monthly partitions' upkeep now (what the server's minute jobs also do): months made
 * ahead, rows moved out of DEFAULT, partitions past their table's retention dropped; then each table's partitions.
 * `--list` only lists. Migrates nothing: run `npm run db:migrate` first.
 */
import { maintainPartitions, partitionedTables } from "../../api/platform/runtime/partitions.js";
import { databaseOptionsFromEnv, openDatabase } from "../database.js";

const listOnly = process.argv.includes("--list");
const database = await openDatabase(databaseOptionsFromEnv());
try {
  if (!listOnly) {
    const actions = await maintainPartitions(database.db, new Date());
    for (const a of actions) console.log(`${a.table}: ${a.action} ${a.partition}${a.movedRows === null ? "" : ` (${a.movedRows} rows)`}`);
    if (actions.length === 0) console.log("partitions: nothing to do");
  }
  for (const table of await partitionedTables(database.db)) {
    console.log(
      `${table.table} by month of ${table.column}, ${table.premakeMonths} months ahead, kept ${table.retention ?? "for ever"}: ` +
        `${table.partitions.length} partitions (${table.partitions.map((p) => p.name.slice(table.table.length + 1)).join(", ")})`,
    );
  }
} finally {
  await database.close();
}
