import { getFormatter, getTranslations } from "next-intl/server";

import type { TSectorCount } from "@/lib/employers/queries";

export async function SectorList({ sectors }: { sectors: TSectorCount[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (sectors.length === 0) return <p className="text-slate-700">{t("employers.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {sectors.map((row) => (
        <li key={row.sector} className="flex justify-between py-2">
          <span>{t(`sectors.${row.sector}`)}</span>
          <span className="font-semibold">{format.number(row.count)}</span>
        </li>
      ))}
    </ul>
  );
}
