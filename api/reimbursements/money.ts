/**
 * Exact money for SGK statements: amounts are integer kuruş, the coefficient integer millionths,
 * so no float ever touches a payable amount.
 */

/** Up to 99.999999: the coefficient is about 1.4 in 2026; the cap keeps kuruş totals inside 32-bit integers. */
const COEFFICIENT = /^(\d{1,2})\.(\d{1,6})$/;

/** "0.165786" → 165786; null when it is not a decimal with 1 to 6 fraction digits. */
export function parseCoefficientOrNull(text: string): number | null {
  const match = COEFFICIENT.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 1_000_000 + Number(match[2].padEnd(6, "0"));
}

export function parseCoefficient(text: string): number {
  const value = parseCoefficientOrNull(text);
  if (value === null) throw new RangeError(`not a coefficient with up to 6 decimals: ${text}`);
  return value;
}

export const formatCoefficient = (millionths: number): string =>
  `${Math.floor(millionths / 1_000_000)}.${String(millionths % 1_000_000).padStart(6, "0")}`;

/** `numerator / denominator` rounded half-up, for non-negative integers. */
export const divideHalfUp = (numerator: number, denominator: number): number =>
  Math.floor((2 * numerator + denominator) / (2 * denominator));

/**
 * REIMB-8: indicator × coefficient TL, rounded half-up to the kuruş (100 × 0.165786 = 16.5786 TL → 1658 kuruş).
 * In kuruş: indicator × millionths × 100 / 1 000 000.
 */
export const dailyRateMinor = (indicator: number, coefficientMillionths: number): number =>
  divideHalfUp(indicator * coefficientMillionths, 10_000);

const lira = (minor: number) => ({ whole: Math.floor(minor / 100), kurus: String(minor % 100).padStart(2, "0") });

/** 3316 → "33,16 TL" (Turkish notation, thousands with dots). */
export function formatTry(minor: number): string {
  const { whole, kurus } = lira(minor);
  return `${whole.toLocaleString("tr-TR")},${kurus} TL`;
}

/** 3316 → "TRY 33.16". */
export function formatTryEn(minor: number): string {
  const { whole, kurus } = lira(minor);
  return `TRY ${whole.toLocaleString("en-GB")}.${kurus}`;
}
