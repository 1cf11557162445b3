import { badInput } from "./errors.js";

/** Opaque global IDs: base64url("Type:localId"). Clients must not parse them. */
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, "utf8").toString("base64url");
}

export interface ParsedGlobalId {
  type: string;
  localId: string;
}

export function parseGlobalId(globalId: string, field: string[] = ["id"]): ParsedGlobalId {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(globalId) ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  const separator = decoded.indexOf(":");
  if (separator <= 0 || separator === decoded.length - 1) throw badInput(field, "is not a Koordinat ID.");
  return { type: decoded.slice(0, separator), localId: decoded.slice(separator + 1) };
}

/** Parses a global ID that must name an object of `type`; UUID-keyed types check the local part too. */
export function localIdOf(globalId: string, type: string, field: string[] = ["id"]): string {
  const parsed = parseGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, `is the ID of a ${parsed.type}, expected a ${type}.`);
  return parsed.localId;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);
