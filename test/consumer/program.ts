/**
 * A partner's first program, compiled with strict TypeScript against the SDK and the sandbox as installed from
 * their tarballs (test/consumer/run.mjs), then run: generated methods, its own documents (the README's worked
 * example), the viewer, errors of the sandbox's clients as the SDK's own classes, and a NetworkError's cause.
 */
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { KoordinatClient, KoordinatError, NetworkError, NotFoundError } from "@koordinat/sdk";
import { startSandbox } from "@koordinat/sandbox";
import { referralLines, whoAmI } from "./example/referrals.js";

const sandbox = await startSandbox();
try {
  const hospital = sandbox.client("PARTNER_HOSPITAL");
  const { facilities } = await hospital.facilities({ filter: { provinceCode: "01", level: "TERTIARY" }, first: 3 });
  assert.ok(facilities.edges.length > 0);
  for (const { node } of facilities.edges) console.log(node.code, node.name, node.level);

  const who = await whoAmI(hospital);
  assert.match(who, /PARTNER_HOSPITAL for facility:\d+/);
  console.log(who);
  console.log((await referralLines(sandbox.client("COORDINATION_UNIT"), 5)).join("\n"));

  // One copy of the client: what the sandbox's clients throw is the SDK's own error classes.
  const missing = Buffer.from("Facility:00000000-0000-0000-0000-000000000000").toString("base64url");
  await assert.rejects(hospital.facility({ id: missing }), (error) => error instanceof NotFoundError && error instanceof KoordinatError);
  // Nothing listens on a port just freed: the error says why, and keeps the cause.
  const closed = createServer().listen(0, "127.0.0.1");
  await once(closed, "listening");
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  const nowhere = new KoordinatClient({ url: `http://127.0.0.1:${port}/graphql`, token: "t", retry: { maxAttempts: 1 } });
  await assert.rejects(nowhere.provinces(), (error) => {
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause instanceof Error);
    assert.match(error.message, /ECONNREFUSED/);
    return true;
  });
  console.log("consumer program passed");
} finally {
  await sandbox.stop();
}
