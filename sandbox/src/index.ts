/**
 * `@koordinat/sandbox`: the real Koordinat server in this process, on an in-memory database with
 * the demo seed, on a loopback port. No network, no shared test server; the clock is yours.
 * Its clients are `@koordinat/sdk`'s own KoordinatClient (one copy, so `instanceof` holds for its errors).
 */
import { KoordinatClient } from "@koordinat/sdk";
import { startEmbedded } from "../../api/embedded.js";
import type { Sandbox, SandboxClientCredentials, SandboxOptions } from "./types.js";

export type * from "./types.js";

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const embedded = await startEmbedded(options);
  const clients = embedded.clients as SandboxClientCredentials[];
  return {
    url: embedded.url,
    clients,
    client(role, { scope, ...clientOptions } = {}) {
      const credentials = clients.find((c) => c.role === role && (!scope || c.scope === scope));
      if (!credentials) throw new TypeError(`The sandbox has no demo client for the role ${role}.`);
      return new KoordinatClient({
        url: embedded.url,
        clientId: credentials.clientId,
        clientSecret: credentials.clientSecret,
        ...clientOptions,
      });
    },
    setTime: (iso) => embedded.clock.set(iso),
    stop: () => embedded.stop(),
  };
}
