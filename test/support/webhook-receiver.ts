import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook, type KoordinatEvent } from "@koordinat/sdk";

export interface WebhookReceiver {
  url: string;
  /** The signing secret, once the subscription is created. */
  secret: string;
  /** Events accepted, each event id once (an idempotent receiver). */
  accepted: KoordinatEvent[];
  /** Every request, in order: the event id and the status answered. */
  requests: { eventId: string; status: number }[];
  /** Deliveries whose event id had already been accepted. */
  duplicates: number;
  stop(): Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => resolve(body));
  });

/**
 * A local webhook receiver that verifies every delivery with the SDK. `failFirst` answers 500 to
 * the first n attempts of each event; `fail` answers 503 while it returns true; `delayMs` slows it.
 */
export async function startWebhookReceiver(
  behaviour: { failFirst?: number; fail?: () => boolean; delayMs?: number } = {},
): Promise<WebhookReceiver> {
  const attemptsById = new Map<string, number>();
  const receiver: WebhookReceiver = { url: "", secret: "", accepted: [], requests: [], duplicates: 0, stop: async () => {} };
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const eventId = String(req.headers["webhook-id"]);
    const attempt = (attemptsById.get(eventId) ?? 0) + 1;
    attemptsById.set(eventId, attempt);
    if (behaviour.delayMs) await new Promise((r) => setTimeout(r, behaviour.delayMs));
    let status = 200;
    if (attempt <= (behaviour.failFirst ?? 0)) status = 500;
    else if (behaviour.fail?.()) status = 503;
    else {
      try {
        const event = verifyWebhook(req.headers, body, receiver.secret);
        if (receiver.accepted.some((e) => e.id === event.id)) receiver.duplicates++;
        else receiver.accepted.push(event);
      } catch {
        status = 400;
      }
    }
    receiver.requests.push({ eventId, status });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/koordinat/webhooks`;
  receiver.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}
