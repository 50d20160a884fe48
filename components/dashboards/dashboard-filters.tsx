import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { periodChoices } from "@/lib/dashboards/schemas";
import { SECTORS, type TSector } from "@/lib/employers/schemas";

/**
 * The dashboards' GET form (works without JavaScript; the URL is the shareable state): the period
 * (every case, or the year they became known) and, on the sector dashboard, the sector. Sorting is
 * kept in hidden fields so that a new filter does not lose it.
 */
export async function DashboardFilters({
  action,
  period,
  sector,
  withSector,
  hidden = {},
}: {
  action: string;
  period: number;
  sector?: TSector;
  withSector: boolean;
  hidden?: Record<string, string>;
}) {
  const [t, tSectors] = await Promise.all([getTranslations("dashboards"), getTranslations("sectors")]);
  const periods = periodChoices(new Date().getFullYear());
  if (!periods.includes(period)) periods.push(period);
  return (
    <form method="get" action={action} aria-label={t("filters.heading")} className="no-print mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {withSector ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="dashboard-sector" className="text-sm font-medium text-slate-900">
            {t("filters.sector")}
          </label>
          <select id="dashboard-sector" name="sector" defaultValue={sector ?? ""} className={inputClass}>
            <option value="">{t("filters.allSectors")}</option>
            {SECTORS.map((value) => (
              <option key={value} value={value}>
                {tSectors(value)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="dashboard-period" className="text-sm font-medium text-slate-900">
          {t("filters.period")}
        </label>
        <select id="dashboard-period" name="period" defaultValue={String(period)} className={inputClass}>
          {periods.map((value) => (
            <option key={value} value={String(value)}>
              {value === 0 ? t("filters.allTime") : t("filters.year", { year: value })}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t("filters.apply")}</Button>
    </form>
  );
}
