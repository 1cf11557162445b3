/**
 * Compile-time proof that the SDK is typed: each line below must be a TypeScript error, and
 * `npm run typecheck` fails if any of them stops being one (an unused @ts-expect-error is an error).
 */
import type { KoordinatClient } from "@koordinat/sdk";

export async function wrongVariables(client: KoordinatClient) {
  // @ts-expect-error: level is an enum (PRIMARY | SECONDARY | TERTIARY), not a number
  await client.facilities({ filter: { level: 3 } });
  // @ts-expect-error: facility(id) requires its id
  await client.facility({});
  // @ts-expect-error: a patient has no "surname" field; the SDK returns givenName/familyName
  (await client.patient({ id: "x" })).patient.surname;
  // @ts-expect-error: registerPatient's input needs category, identifiers, names, birthDate, sex and nationality
  await client.registerPatient({ input: { givenName: "Ayşe" } });
}
