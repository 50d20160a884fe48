import { getTranslations } from "next-intl/server";

import { SectorList } from "@/components/home/sector-list";
import { Card } from "@/components/ui/card";
import type { TSectorCount } from "@/lib/employers/queries";

/** Viewers read aggregates only. */
export async function ViewerHome({ sectors }: { sectors: TSectorCount[] }) {
  const t = await getTranslations();
  return (
    <Card title={t("home.viewer.followedEmployers")}>
      <SectorList sectors={sectors} />
    </Card>
  );
}
