import { and, eq, sql } from "drizzle-orm";
import { publicHolidays, type ProvinceRow } from "../../drizzle/schema/index.js";
import { authorise } from "../auth/authorise.js";
import { notFound, userError, type UserError } from "../platform/conventions/errors.js";
import { holidaysOfYear } from "../platform/time/holidays.js";
import { inTransaction } from "../platform/conventions/mutation.js";
import { localIdOf } from "../platform/conventions/global-id.js";
import { arrayPage, type Page, type PageArgs } from "../platform/conventions/pagination.js";
import type { ServiceContext } from "../platform/conventions/service-context.js";

/** Provinces, settlement areas and districts: public reference data, served from memory. */
export class GeographyService {
  constructor(private readonly ctx: ServiceContext) {}

  provinces(args: PageArgs): Page<ProvinceRow> {
    return arrayPage([...this.ctx.reference.provinces.values()], (p) => p.code, args);
  }

  province(code: string): ProvinceRow {
    const province = this.ctx.reference.provinces.get(code);
    if (!province) throw notFound("Province", code);
    return province;
  }

  provinceById(globalId: string): ProvinceRow {
    return this.province(localIdOf(globalId, "Province"));
  }

  holidays(countryCode: string, year: number) {
    return holidaysOfYear(this.ctx.db, countryCode, year);
  }

  /** Replaces a country's holidays of one year: the religious ones move every year and are published ahead. */
  async setHolidays(input: { countryCode: string; year: number; holidays: { day: string; name: string }[] }) {
    authorise(this.ctx.principal, "public-holiday:set");
    const errors: UserError[] = [];
    const seen = new Set<string>();
    input.holidays.forEach((holiday, i) => {
      if (!holiday.day.startsWith(`${input.year}-`))
        errors.push(
          userError(["input", "holidays", String(i), "day"], "OTHER_YEAR", `${holiday.day} is not in ${input.year}.`, "REIMB-10"),
        );
      if (seen.has(holiday.day))
        errors.push(userError(["input", "holidays", String(i), "day"], "DUPLICATE_DAY", `${holiday.day} is listed twice.`, "REIMB-10"));
      seen.add(holiday.day);
    });
    if (errors.length > 0) return { value: null, userErrors: errors };
    return inTransaction(this.ctx, async (t) => {
      const { tx } = t;
      await tx
        .delete(publicHolidays)
        .where(and(eq(publicHolidays.countryCode, input.countryCode), sql`extract(year from ${publicHolidays.day}) = ${input.year}`));
      if (input.holidays.length > 0)
        await tx.insert(publicHolidays).values(input.holidays.map((h) => ({ countryCode: input.countryCode, day: h.day, name: h.name })));
      return holidaysOfYear(tx, input.countryCode, input.year);
    });
  }
}
