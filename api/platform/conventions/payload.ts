import type { MutationResult } from "./mutation.js";

/** Maps a service's mutation result to a payload `{ <entity>, userErrors }`. */
export function payloadOf<K extends string, T>(key: K, result: MutationResult<T>) {
  return { [key]: result.value, userErrors: result.userErrors } as { [P in K]: T | null } & { userErrors: MutationResult<T>["userErrors"] };
}
