import { getTranslations } from "next-intl/server";

import type { TCseBody } from "@/lib/employers/queries";

/** The employer's CSE bodies, read-only (reps). */
export async function CseBodyList({ bodies }: { bodies: TCseBody[] }) {
  const t = await getTranslations();
  if (bodies.length === 0) return <p className="text-slate-700">{t("tools.cse.none")}</p>;
  return (
    <ul className="list-disc pl-5">
      {bodies.map((body) => (
        <li key={body.id}>
          {body.name} <span className="text-sm text-slate-700">({t(`enums.cseBodyKind.${body.kind}`)})</span>
        </li>
      ))}
    </ul>
  );
}
