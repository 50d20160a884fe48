import { useTranslations } from "next-intl";

import { cn } from "@/components/ui/cn";
import type { TDeadlineStatus } from "@/lib/consultations/deadlines";

/** Colour and an icon-like mark back up the words: the status never relies on colour alone. */
const STYLES: Record<TDeadlineStatus, { className: string; mark: string }> = {
  overdue: { className: "border-red-700 bg-red-50 text-red-900", mark: "!" },
  due_soon: { className: "border-amber-600 bg-amber-50 text-amber-900", mark: "◷" },
  upcoming: { className: "border-slate-300 bg-white text-slate-800", mark: "" },
  done: { className: "border-emerald-600 bg-emerald-50 text-emerald-900", mark: "✓" },
};

export function DeadlineStatusBadge({ status, className }: { status: TDeadlineStatus; className?: string }) {
  const t = useTranslations("consultation");
  const style = STYLES[status];
  return (
    <span className={cn("inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold", style.className, className)}>
      {style.mark ? <span aria-hidden="true">{style.mark}</span> : null}
      {t(`deadlines.status.${status}`)}
    </span>
  );
}
