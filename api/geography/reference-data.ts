import type { Database } from "../../drizzle/database.js";
import { clinics, districts, provinces, settlementAreas } from "../../drizzle/schema/index.js";
import { groupBy } from "../platform/conventions/collections.js";
import type { ClinicRow, DistrictRow, ProvinceRow, SettlementAreaRow } from "../../drizzle/schema/index.js";

/**
 * The small reference tables (81 provinces, settlement areas, districts, the clinic catalogue),
 * held in memory per process: every facility and patient refers to them, and they change only
 * with a migration or a seed, after which `reload()` is called.
 */
export class ReferenceData {
  provinces = new Map<string, ProvinceRow>();
  settlementAreas = new Map<string, SettlementAreaRow>();
  districts = new Map<string, DistrictRow>();
  clinics = new Map<string, ClinicRow>();
  settlementAreasByProvince = new Map<string, SettlementAreaRow[]>();
  districtsByProvince = new Map<string, DistrictRow[]>();

  constructor(private readonly db: Database) {}

  async reload(): Promise<this> {
    const [provinceRows, areaRows, districtRows, clinicRows] = await Promise.all([
      this.db.select().from(provinces).orderBy(provinces.code),
      this.db.select().from(settlementAreas).orderBy(settlementAreas.code),
      this.db.select().from(districts).orderBy(districts.provinceCode, districts.name),
      this.db.select().from(clinics).orderBy(clinics.code),
    ]);
    this.provinces = new Map(provinceRows.map((r) => [r.code, r]));
    this.settlementAreas = new Map(areaRows.map((r) => [r.code, r]));
    this.districts = new Map(districtRows.map((r) => [r.id, r]));
    this.clinics = new Map(clinicRows.map((r) => [r.code, r]));
    this.settlementAreasByProvince = groupBy(areaRows, (r) => r.provinceCode);
    this.districtsByProvince = groupBy(districtRows, (r) => r.provinceCode);
    return this;
  }

  districtByName(provinceCode: string, name: string): DistrictRow | undefined {
    return this.districtsByProvince.get(provinceCode)?.find((d) => d.name.toLocaleLowerCase("tr") === name.toLocaleLowerCase("tr"));
  }
}
