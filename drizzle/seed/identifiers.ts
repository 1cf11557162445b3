import type { SeededRandom } from "./random.js";

/** Completes 9 leading digits into a valid 11-digit Turkish ID (ID-1). */
export function completeTurkishId(nine: string): string {
  const d = [...nine].map(Number);
  const tenth = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10) + 10) % 10;
  const eleventh = (d.reduce((a, b) => a + b, 0) + tenth) % 10;
  return `${nine}${tenth}${eleventh}`;
}

export const randomTckn = (random: SeededRandom) => completeTurkishId(String(random.int(1, 9)) + random.digits(8));
/** Foreigners' Turkish IDs start with 99. */
export const randomYkn = (random: SeededRandom) => completeTurkishId("99" + random.digits(7));
/** Temporary-protection IDs are issued in the 98 range. */
export const randomTemporaryProtectionId = (random: SeededRandom) => completeTurkishId("98" + random.digits(7));

/** A valid IIN (ID-2) for a birth date and sex, or null when that serial has no control digit. */
export function iinFor(birthDate: string, sex: "MALE" | "FEMALE", serial: string): string | null {
  const [year, month, day] = birthDate.split("-");
  const centuryBase = Math.floor((Number(year) - 1800) / 100) * 2 + 1;
  const centuryDigit = centuryBase + (sex === "FEMALE" ? 1 : 0);
  const eleven = `${year.slice(2)}${month}${day}${centuryDigit}${serial}`;
  const d = [...eleven].map(Number);
  const weighted = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * d[i], 0) % 11;
  let control = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (control === 10) control = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return control === 10 ? null : `${eleven}${control}`;
}

export function randomIin(random: SeededRandom, birthDate: string, sex: "MALE" | "FEMALE"): string {
  for (;;) {
    const iin = iinFor(birthDate, sex, random.digits(4));
    if (iin) return iin;
  }
}
