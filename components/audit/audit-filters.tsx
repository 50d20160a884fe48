import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { TAuditQuery } from "@/lib/audit/schemas";

/** The audit page's filters as a plain GET form: works without JavaScript, and the URL is shareable. */
export function AuditFilters({ query, errors }: { query: TAuditQuery; errors: Record<string, string> }) {
  const t = useTranslations("audit");
  const tAll = useTranslations();
  const field = (name: "actor" | "action" | "entityId" | "from" | "to", type: "text" | "date" = "text") => (
    <Field id={`audit-${name}`} label={t(`filters.${name}`)} error={errors[name] ? tAll(errors[name]) : undefined}>
      {(control) => <input {...control} name={name} type={type} defaultValue={query[name] ?? ""} className={inputClass} />}
    </Field>
  );
  return (
    <form method="get" action="/admin/audit" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label={t("filters.title")}>
      {field("actor")}
      {field("action")}
      {field("entityId")}
      {field("from", "date")}
      {field("to", "date")}
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
        <Button type="submit">{t("filters.apply")}</Button>
        <a href="/admin/audit" className="inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}
