import { getLocale, getTranslations } from "next-intl/server";

import { setLocaleAction } from "@/app/locale-actions";
import { LOCALES } from "@/i18n/locales";
import { cn } from "@/components/ui/cn";

/** FR | EN: plain forms, so the switch works even before JavaScript has loaded. */
export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("shell");
  return (
    <div role="group" aria-label={t("language")} className="flex items-center gap-1 text-sm">
      {LOCALES.map((option) => (
        <form key={option} action={setLocaleAction}>
          <input type="hidden" name="locale" value={option} />
          <button
            type="submit"
            lang={option}
            aria-pressed={option === locale}
            className={cn(
              "min-h-9 rounded px-2 py-1 font-semibold uppercase",
              option === locale ? "bg-indigo-700 text-white" : "text-slate-800 hover:bg-slate-200",
            )}
          >
            {option}
            <span className="sr-only"> – {t(`languageName.${option}`)}</span>
          </button>
        </form>
      ))}
    </div>
  );
}
