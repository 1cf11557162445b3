/** ISO code checks through the runtime's ICU data, so no code list is kept by hand. */
const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** ISO 3166-1 alpha-2 country code, e.g. TR, KZ, SY. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== "Unknown Region";
}

/** ISO 639-1 language code, e.g. tr, ar, ru, kk. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  const name = languageNames.of(code);
  return name !== undefined && name !== code;
}
