"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { saveLetterAction } from "@/app/(app)/cases/[id]/letters/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { LetterPaper } from "@/components/letters/letter-paper";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { isCalendarDate } from "@/lib/consultations/calendar-date";
import { composeLetterText } from "@/lib/letters/compose";
import { defaultReplyDue, LETTER_KIND_INFO } from "@/lib/letters/kinds";
import { LETTER_LIMITS, ZSaveLetter } from "@/lib/letters/schemas";
import type { TLetterDraft } from "@/lib/letters/queries";

/**
 * The letter written from the case's facts, every part editable before it is saved, with its preview
 * as the PDF will lay it out. Saving stores the text as shown, the sent date and the reply due date
 * (which follows the sent date until the rep sets it), and puts the letter on the case timeline.
 */
export function LetterDraftForm({ draft }: { draft: TLetterDraft }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZSaveLetter,
    action: saveLetterAction,
    defaultValues: {
      caseId: draft.caseId,
      kind: draft.kind,
      sender: draft.sender,
      recipient: draft.recipient,
      place: draft.place,
      title: draft.title,
      body: draft.body,
      signature: draft.signature,
      sentOn: draft.sentOn,
      replyDueOn: draft.replyDueOn,
    },
    onSuccess: (saved) => router.push(`/cases/${saved.caseId}#courriers`),
  });
  const { errors, dirtyFields } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const values = form.watch();
  const sentOn = values.sentOn ?? "";

  // The reply due date follows the sent date, until the rep chooses it.
  useEffect(() => {
    if (!dirtyFields.replyDueOn && isCalendarDate(sentOn)) form.setValue("replyDueOn", defaultReplyDue(draft.kind, sentOn));
  }, [sentOn, dirtyFields.replyDueOn, draft.kind, form]);

  const preview = composeLetterText({
    sender: values.sender ?? "",
    recipient: values.recipient ?? "",
    place: values.place ?? "",
    date: isCalendarDate(sentOn) ? sentOn : draft.sentOn,
    title: values.title ?? "",
    body: values.body ?? "",
    signature: values.signature ?? "",
  });
  const info = LETTER_KIND_INFO[draft.kind];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="letter-form-heading">
        <h2 id="letter-form-heading" className="text-lg font-semibold text-slate-900">
          {t("letters.draft.formHeading")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="letter-sent-on" label={t("letters.draft.sentOn")} hint={t("letters.draft.sentOnHint")} error={message(errors.sentOn?.message)} required>
            {(control) => <input {...control} {...form.register("sentOn")} type="date" className={inputClass} />}
          </Field>
          <Field
            id="letter-reply-due"
            label={t("letters.draft.replyDueOn")}
            hint={t(`letters.draft.replyDueHint.${info.replyDelayBasis}`, {
              amount: "months" in info.replyDelay ? info.replyDelay.months : info.replyDelay.days,
              unit: "months" in info.replyDelay ? "months" : "days",
            })}
            error={message(errors.replyDueOn?.message)}
          >
            {(control) => <input {...control} {...form.register("replyDueOn")} type="date" className={inputClass} />}
          </Field>
        </div>
        <Field id="letter-sender" label={t("letters.draft.sender")} hint={t("letters.draft.senderHint")} error={message(errors.sender?.message)} required>
          {(control) => <textarea {...control} {...form.register("sender")} rows={3} maxLength={LETTER_LIMITS.sender} className={inputClass} />}
        </Field>
        <Field id="letter-recipient" label={t("letters.draft.recipient")} error={message(errors.recipient?.message)} required>
          {(control) => <textarea {...control} {...form.register("recipient")} rows={3} maxLength={LETTER_LIMITS.recipient} className={inputClass} />}
        </Field>
        <Field id="letter-place" label={t("letters.draft.place")} hint={t("letters.draft.placeHint")} error={message(errors.place?.message)}>
          {(control) => <input {...control} {...form.register("place")} maxLength={LETTER_LIMITS.place} autoComplete="address-level2" className={inputClass} />}
        </Field>
        <Field id="letter-title" label={t("letters.draft.title")} error={message(errors.title?.message)} required>
          {(control) => <textarea {...control} {...form.register("title")} rows={2} maxLength={LETTER_LIMITS.title} className={inputClass} />}
        </Field>
        <Field id="letter-body" label={t("letters.draft.body")} hint={t("letters.draft.bodyHint")} error={message(errors.body?.message)} required>
          {(control) => <textarea {...control} {...form.register("body")} rows={18} maxLength={LETTER_LIMITS.body} className={inputClass} />}
        </Field>
        <Field id="letter-signature" label={t("letters.draft.signature")} error={message(errors.signature?.message)} required>
          {(control) => <textarea {...control} {...form.register("signature")} rows={2} maxLength={LETTER_LIMITS.signature} className={inputClass} />}
        </Field>
        {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
        <Button type="submit" pending={pending} className="self-start">
          {t("letters.draft.submit")}
        </Button>
      </form>
      <section aria-labelledby="letter-preview-heading" className="flex flex-col gap-3">
        <h2 id="letter-preview-heading" className="text-lg font-semibold text-slate-900">
          {t("letters.draft.previewHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("letters.draft.previewIntro")}</p>
        <LetterPaper text={preview} />
      </section>
    </div>
  );
}
