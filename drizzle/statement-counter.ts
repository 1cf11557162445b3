import { AsyncLocalStorage } from "node:async_hooks";

/** Counts the SQL statements drizzle sends on behalf of one unit of work (a GraphQL request). */
export class StatementCounter {
  count = 0;
}

const current = new AsyncLocalStorage<StatementCounter>();

export function countStatements<T>(counter: StatementCounter, run: () => T): T {
  return current.run(counter, run);
}

/** drizzle's logger hook: called once per statement it executes. */
export const statementCountingLogger = {
  logQuery(): void {
    const counter = current.getStore();
    if (counter) counter.count += 1;
  },
};
