import { userError, type UserError } from "./errors.js";

/** An explicit state machine: for each state, the actions allowed and the state each leads to. */
export type Transitions<State extends string, Action extends string> = Record<State, Partial<Record<Action, State>>>;

/**
 * The state an action leads to, or a refusal naming the current state and the allowed actions (HT-2 style),
 * the actions spelt as the schema's enum spells them (`publicName`) where that differs from the internal name.
 */
export function nextStateOf<State extends string, Action extends string>(
  transitions: Transitions<State, Action>,
  from: State,
  action: Action,
  rule: string,
  publicName: (action: Action) => string = (a) => a,
): { to: State } | { error: UserError } {
  const to = transitions[from]?.[action];
  if (to) return { to };
  const allowed = (Object.entries(transitions[from] ?? {}) as [Action, State][]).map(([a, s]) => `${publicName(a)} → ${s}`);
  return {
    error: userError(
      ["input", "action"],
      "INVALID_TRANSITION",
      `Cannot ${publicName(action)} in state ${from}; allowed from ${from}: ${allowed.join(", ") || "nothing (final state)"}.`,
      rule,
    ),
  };
}
