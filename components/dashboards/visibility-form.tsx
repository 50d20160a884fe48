import { getTranslations } from "next-intl/server";

import { submitDashboardVisibility } from "@/app/(dashboards)/dashboards/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { VISIBILITIES, type TVisibility } from "@/lib/dashboards/access";

/**
 * Admins: who may read this employer's dashboard (its reps, every signed-in account, or anyone). A plain
 * form posting to a server action: it needs no JavaScript, so the dashboard ships none for it.
 */
export async function VisibilityForm({ employerId, visibility, status }: { employerId: string; visibility: TVisibility; status?: "saved" | "error" }) {
  const t = await getTranslations("dashboards.visibility");
  return (
    <form action={submitDashboardVisibility} className="flex flex-col gap-3">
      <input type="hidden" name="employerId" value={employerId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-900">{t("legend")}</legend>
        {VISIBILITIES.map((value) => (
          <label key={value} className="flex items-start gap-2 text-sm text-slate-900">
            <input type="radio" name="visibility" value={value} defaultChecked={value === visibility} required className="mt-1 size-4 accent-indigo-700" />
            <span>
              <span className="font-medium">{t(`options.${value}`)}</span>
              <span className="block text-slate-700">{t(`hints.${value}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {status === "saved" ? <Alert tone="success">{t("saved")}</Alert> : null}
      {status === "error" ? <Alert tone="error">{t("error")}</Alert> : null}
      <Button type="submit" className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}
