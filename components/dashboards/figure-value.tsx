import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A figure, linked to the cases behind it when the reader may open them. The link's name is the
 * visible figure followed by what opens (visually hidden), so it starts with what sighted users see.
 * In a table, the row and column headers give that context: `linkLabel` may be left out there.
 */
export function FigureValue({ children, href, linkLabel }: { children: ReactNode; href?: string; linkLabel?: string }) {
  if (!href) return <>{children}</>;
  return (
    <Link href={href} prefetch={false} className="text-indigo-800 underline underline-offset-2 hover:text-indigo-950">
      {children}
      {linkLabel ? <span className="sr-only"> ({linkLabel})</span> : null}
    </Link>
  );
}

/** One figure of a dashboard: its label, its value (linked or not) and an optional detail line. */
export function Stat({ label, value, detail, href, linkLabel }: { label: string; value: ReactNode; detail?: ReactNode; href?: string; linkLabel: string }) {
  return (
    <div className="dashboard-stat flex flex-col gap-1 rounded-md border border-slate-200 p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-bold text-slate-900">
        <FigureValue href={href} linkLabel={linkLabel}>
          {value}
        </FigureValue>
      </dd>
      {detail ? <dd className="text-sm text-slate-700">{detail}</dd> : null}
    </div>
  );
}
