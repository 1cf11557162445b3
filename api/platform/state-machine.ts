import { userError, type UserError } from "./errors.js";

/** An explicit state machine: for each state, the actions allowed and the state each leads to. */
export type Transitions<State extends string, Action extends string> = Record<State, Partial<Record<Action, State>>>;

/** The state an action leads to, or a refusal naming the current state and the allowed actions (HT-2 style). */
export function nextStateOf<State extends string, Action extends string>(
  transitions: Transitions<State, Action>,
  from: State,
  action: Action,
  rule: string,
): { to: State } | { error: UserError } {
  const to = transitions[from]?.[action];
  if (to) return { to };
  const allowed = Object.entries(transitions[from] ?? {}).map(([a, s]) => `${a} → ${s}`);
  return {
    error: userError(
      ["input", "action"],
      "INVALID_TRANSITION",
      `Cannot ${action} in state ${from}; allowed from ${from}: ${allowed.join(", ") || "nothing (final state)"}.`,
      rule,
    ),
  };
}
