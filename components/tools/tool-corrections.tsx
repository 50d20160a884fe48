"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { answerCorrectionAction, arbitrateCorrectionAction } from "@/app/(app)/tools/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TToolCorrectionView } from "@/lib/tools/queries";

function shown(value: unknown, none: string): string {
  if (value === null || value === undefined || value === "") return none;
  if (Array.isArray(value)) return value.length === 0 ? none : value.join(", ");
  return String(value);
}

/** Pending corrections of a shared catalogue entry (issue 15): the change, and accept / refuse for those who decide. */
export function ToolCorrections({ corrections }: { corrections: TToolCorrectionView[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const decide = (correction: TToolCorrectionView, accept: boolean) =>
    startTransition(async () => {
      const action = correction.canAnswer ? answerCorrectionAction : arbitrateCorrectionAction;
      const result = await action({ correctionId: correction.id, accept });
      if (!result.ok) {
        setMessage({ tone: "error", text: t(result.formError ?? "errors.unexpected") });
        return;
      }
      setMessage({ tone: "success", text: t(`tools.corrections.result.${result.data.status}`) });
      router.refresh();
    });

  if (corrections.length === 0) return <p className="text-slate-700">{t("tools.corrections.none")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ul className="flex flex-col gap-4">
        {corrections.map((correction) => (
          <li key={correction.id} className="rounded-md border border-slate-200 p-3">
            <p className="font-semibold text-slate-900">{t("tools.corrections.proposedBy", { union: correction.unionName })}</p>
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-2">{t("tools.corrections.field")}</th>
                  <th scope="col" className="py-1 pr-2">{t("tools.corrections.before")}</th>
                  <th scope="col" className="py-1">{t("tools.corrections.after")}</th>
                </tr>
              </thead>
              <tbody>
                {correction.changes.map((change) => (
                  <tr key={change.field} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-2 font-normal">{t(`tools.${change.field}`)}</th>
                    <td className="py-1 pr-2">{shown(change.before, t("tools.corrections.empty"))}</td>
                    <td className="py-1">{shown(change.after, t("tools.corrections.empty"))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {correction.mine ? <p className="mt-2 text-sm text-slate-700">{t("tools.corrections.waiting")}</p> : null}
            {correction.myAnswer === true ? <p className="mt-2 text-sm text-slate-700">{t("tools.corrections.acceptedByUs")}</p> : null}
            {(correction.canAnswer && correction.myAnswer !== true) || correction.canArbitrate ? (
              <div className="mt-3 flex flex-wrap gap-2">
                <Button pending={pending} onClick={() => decide(correction, true)}>
                  {t(correction.canAnswer ? "tools.corrections.accept" : "tools.corrections.arbitrateAccept")}
                </Button>
                <Button variant="secondary" pending={pending} onClick={() => decide(correction, false)}>
                  {t(correction.canAnswer ? "tools.corrections.refuse" : "tools.corrections.arbitrateRefuse")}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
