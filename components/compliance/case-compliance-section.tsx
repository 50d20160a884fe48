import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { TFlag, TNotYetApplicable } from "@/lib/compliance/evaluate";
import { factHref, letterHref, RULE_LETTER } from "@/lib/compliance/next-steps";
import type { TCaseCompliance } from "@/lib/compliance/queries";

import { calendarDateAsDate, formatFactValue, type TFormat, type TTranslate } from "./format-fact";

const SEVERITY_STYLE: Record<TFlag["severity"], string> = {
  critical: "border-red-400 bg-red-50 text-red-900",
  high: "border-orange-400 bg-orange-50 text-orange-950",
  medium: "border-amber-400 bg-amber-50 text-amber-950",
  low: "border-slate-300 bg-slate-50 text-slate-900",
};

const badge = "rounded border px-1.5 py-0.5 text-xs font-semibold whitespace-nowrap";

const linkClass = "font-semibold text-indigo-800 underline";

function factLabel(t: TTranslate, path: string): string {
  const key = `compliance.fact.${path}`;
  return t.has(key) ? t(key) : path;
}

function FlagItem({ flag, data, t, format }: { flag: TFlag; data: TCaseCompliance; t: TTranslate; format: TFormat }) {
  const headingId = `flag-${flag.ruleId}`;
  const letter = RULE_LETTER[flag.ruleId];
  const ids = { caseId: data.caseId, toolId: data.toolId, employerId: data.employerId };
  const hrefOf = (path: string) => {
    const href = factHref(path, ids);
    if (!href) return null;
    if (href.startsWith("/tools/")) return data.canEditTool ? href : null;
    if (href.startsWith("/employers/")) return data.canEditEmployer ? href : null;
    return data.canEditCase ? href : null;
  };
  const text = (message: TFlag["explanation"]) => (t.has(message.messageKey) ? t(message.messageKey) : message.defaultText);
  return (
    <li className={cn("flex flex-col gap-3 rounded-md border-l-4 bg-white p-3 sm:p-4", SEVERITY_STYLE[flag.severity].split(" ")[0])}>
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="font-semibold text-slate-900">
          <span className="mr-1 text-slate-700">{flag.ruleId}</span> {t(`compliance.rules.${flag.ruleId}`)}
        </h3>
        <p className="flex flex-wrap gap-2">
          <span className={cn(badge, SEVERITY_STYLE[flag.severity])}>{t("compliance.section.severity", { severity: t(`enums.flagSeverity.${flag.severity}`) })}</span>
          <span className={cn(badge, flag.status === "confirmed" ? "border-red-700 bg-red-700 text-white" : "border-sky-400 bg-sky-50 text-sky-950")}>
            {t(`enums.flagStatus.${flag.status}`)}
          </span>
        </p>
      </div>
      <p className="text-slate-900">{text(flag.explanation)}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        <dt className="text-slate-700">{t("compliance.section.articles")}</dt>
        <dd className="font-medium text-slate-900">{format.list([...flag.articles])}</dd>
        {flag.caseLaw.length > 0 ? (
          <>
            <dt className="text-slate-700">{t("compliance.section.caseLaw")}</dt>
            <dd className="font-medium text-slate-900">{format.list([...flag.caseLaw])}</dd>
          </>
        ) : null}
      </dl>
      {flag.triggeredBy.length > 0 ? (
        <div className="text-sm">
          <h4 className="font-semibold text-slate-900">{t("compliance.section.triggeredBy")}</h4>
          <ul className="mt-1 list-disc pl-5 text-slate-900">
            {flag.triggeredBy.map((trigger) => (
              <li key={trigger.path}>
                {t("compliance.section.factValue", { fact: factLabel(t, trigger.path), value: formatFactValue(t, format, trigger.path, trigger.value) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {flag.missingFacts.length > 0 ? (
        <div className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
          <h4 className="font-semibold">{t("compliance.section.missingFacts")}</h4>
          <ul className="mt-1 list-disc pl-5">
            {flag.missingFacts.map((path) => {
              const href = hrefOf(path);
              const label = factLabel(t, path);
              return (
                <li key={path}>
                  {href ? (
                    <Link href={href} className={linkClass}>
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <div className="text-sm">
        <h4 className="font-semibold text-slate-900">{t("compliance.section.nextStep")}</h4>
        <p className="text-slate-900">{text(flag.nextStep)}</p>
        {letter && data.canEditCase ? (
          <p className="mt-1">
            <Link href={letterHref(data.caseId, letter)} className={linkClass}>
              {t("compliance.section.writeLetter", { kind: t(`compliance.letterKind.${letter}`) })}
            </Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}

function NotYetList({ items, t, format }: { items: TNotYetApplicable[]; t: TTranslate; format: TFormat }) {
  return (
    <section aria-labelledby="compliance-not-yet" className="flex flex-col gap-2">
      <h3 id="compliance-not-yet" className="text-base font-semibold text-slate-900">
        {t("compliance.section.notYetTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("compliance.section.notYetIntro")}</p>
      <ul className="flex flex-col gap-2">
        {items.map((item) => (
          <li key={item.ruleId} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
            <p className="font-semibold text-slate-900">
              <span className="mr-1 text-slate-700">{item.ruleId}</span> {t(`compliance.rules.${item.ruleId}`)}
            </p>
            <p className="text-slate-900">
              {t("compliance.section.notYetItem", {
                status: t(`compliance.legalStatusInline.${item.legalStatus}`),
                date: format.dateTime(calendarDateAsDate(item.appliesFrom), "long"),
              })}
            </p>
            <p className="text-slate-700">{t("compliance.section.wouldBe", { status: item.wouldBe })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The case page's compliance block, evaluated live (lib/compliance/queries.ts): each flag with its
 * severity and status, the explanation, the texts, the facts behind it, what would settle it (linked to
 * the form field) and what to do next (with the fitting letter); then the rules not yet applicable.
 */
export async function CaseComplianceSection({ data: pending }: { data: Promise<TCaseCompliance> }) {
  const [data, t, format] = await Promise.all([pending, getTranslations(), getFormatter()]);
  return (
    <Card title={t("compliance.section.title")}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-slate-700">
          {t("compliance.section.evaluatedOn", { date: format.dateTime(calendarDateAsDate(data.at), "long") })}{" "}
          <span className="font-semibold text-slate-900">{t("compliance.section.count", { count: data.flags.length })}</span>
        </p>
        {data.isUnreadable ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("compliance.section.unreadable")}</p>
        ) : data.flags.length === 0 ? (
          <div className="text-sm">
            <p className="font-medium text-slate-900">{t("compliance.section.none")}</p>
            <p className="text-slate-700">{t("compliance.section.noneHint")}</p>
          </div>
        ) : (
          <ul className="flex flex-col gap-3" aria-label={t("compliance.section.title")}>
            {data.flags.map((flag) => (
              <FlagItem key={flag.ruleId} flag={flag} data={data} t={t} format={format} />
            ))}
          </ul>
        )}
        {data.notYetApplicable.length > 0 ? <NotYetList items={data.notYetApplicable} t={t} format={format} /> : null}
        {data.canManageCalendar ? (
          <p className="text-sm">
            <Link href="/admin/legal-calendar" className={linkClass}>
              {t("compliance.section.calendarLink")}
            </Link>
          </p>
        ) : null}
      </div>
    </Card>
  );
}
