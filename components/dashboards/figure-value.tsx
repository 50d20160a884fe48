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

/** A row of figures: label, value as shown, and the cases it opens when linked. */
export type TFigureRow = { key: string; label: string; value: string; href?: string; linkLabel?: string };

/** Figures as a two-column table (label, value), its caption read by screen readers. */
export function FigureRowsTable({ caption, labelHeader, valueHeader, rows, className }: { caption: string; labelHeader: string; valueHeader: string; rows: TFigureRow[]; className: string }) {
  return (
    <table className={className}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-2 font-semibold">{labelHeader}</th>
          <th scope="col" className="py-1 text-right font-semibold">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-2 text-left font-normal">{row.label}</th>
            <td className="py-1 text-right tabular-nums">
              <FigureValue href={row.href} linkLabel={row.linkLabel}>
                {row.value}
              </FigureValue>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
