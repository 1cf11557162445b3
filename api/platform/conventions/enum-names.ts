/** `deliverReports` → `DELIVER_REPORTS`: how the schema spells an internal camelCase or lower-case name. */
export type ScreamingCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Uppercase<Head> : `_${Head}`}${ScreamingCase<Tail>}`
  : S;

export const screamingCase = <S extends string>(name: S) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase() as ScreamingCase<S>;
