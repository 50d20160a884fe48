import { useTranslations } from "next-intl";

import { LETTER_VARIABLES } from "@/lib/letters/variables";

function Row({ code, help }: { code: string; help: string }) {
  return (
    <div className="flex flex-col border-b border-slate-100 py-1 last:border-b-0">
      <dt>
        <code className="rounded bg-slate-100 px-1 text-sm break-all text-slate-900">{code}</code>
      </dt>
      <dd className="text-sm text-slate-700">{help}</dd>
    </div>
  );
}

/** Every variable a template may use, how to write it, and what it holds. */
export function LetterVariableHelp() {
  const t = useTranslations("letters.variableHelp");
  return (
    <section aria-labelledby="variables-heading" className="flex flex-col gap-2">
      <h2 id="variables-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-semibold text-indigo-800">{t("show")}</summary>
        <dl className="mt-2">
          {LETTER_VARIABLES.scalars.map((name) => (
            <Row key={name} code={`{{${name}}}`} help={t(`scalars.${name}`)} />
          ))}
          {LETTER_VARIABLES.booleans.map((name) => (
            <Row key={name} code={`{{#${name}}}…{{/${name}}}`} help={t(`booleans.${name}`)} />
          ))}
          {Object.entries(LETTER_VARIABLES.lists).map(([list, item]) => (
            <Row
              key={list}
              code={`{{#${list}}} ${[...item.scalars, ...item.booleans].map((field) => `{{${field}}}`).join(" ")} {{/${list}}}`}
              help={t(`lists.${list}`)}
            />
          ))}
        </dl>
      </details>
    </section>
  );
}
