import type { ProvinceRow } from "../../drizzle/schema/index.js";
import { notFound } from "../platform/errors.js";
import { localIdOf } from "../platform/global-id.js";
import { arrayPage, type Page, type PageArgs } from "../platform/pagination.js";
import type { ServiceContext } from "../platform/service-context.js";

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
}
