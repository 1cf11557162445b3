import type { KoordinatClient, KoordinatClientOptions } from "@koordinat/sdk";

export type SandboxRole =
  | "PARTNER_HOSPITAL"
  | "PROVINCIAL_DIRECTORATE"
  | "COORDINATION_UNIT"
  | "DEPARTMENT_HEAD"
  | "DEPUTY_GENERAL_DIRECTOR"
  | "GENERAL_DIRECTOR"
  | "EMERGENCY_112"
  | "PROVINCIAL_CRISIS_CENTRE"
  | "NATIONAL_CRISIS_CENTRE"
  | "INSURER"
  | "EGOV_PORTAL"
  | "PHC_ORGANISATION"
  | "AUDITOR";

export interface SandboxOptions {
  /** Start the sandbox's clock at this ISO 8601 instant (default: now). */
  time?: string;
}

export interface SandboxClientCredentials {
  clientId: string;
  clientSecret: string;
  role: SandboxRole;
  /** e.g. `facility:101101` (Ceyhan Devlet Hastanesi), `province:01`, `person:TCKN:10000000146`. */
  scope: string;
}

export interface Sandbox {
  /** The GraphQL endpoint of the in-process server. */
  url: string;
  /** The demo clients, one per role. */
  clients: SandboxClientCredentials[];
  /** A client authenticated as the demo client of `role` (and `scope`, where a role has several, e.g. `person:IIN:900101300007`). */
  client(role: SandboxRole, options?: Partial<KoordinatClientOptions> & { scope?: string }): KoordinatClient;
  /** Moves the server's clock: every time rule (deadlines, next-day booking, token expiry) follows it. */
  setTime(iso: string): void;
  stop(): Promise<void>;
}
