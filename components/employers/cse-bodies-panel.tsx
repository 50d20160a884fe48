"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { addCseBodyAction, removeCseBodyAction, renameCseBodyAction } from "@/app/(app)/employers/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { CSE_BODY_KINDS, ZAddCseBody, ZRenameCseBody } from "@/lib/employers/cse-schemas";
import type { TCseBody } from "@/lib/employers/queries";

/** Admin: the employer's CSE bodies, each renamable and, when no consultation names it, removable. */
export function CseBodiesPanel({ employerId, bodies }: { employerId: string; bodies: TCseBody[] }) {
  const t = useTranslations();
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-4">
      {bodies.length === 0 ? <p className="text-slate-700">{t("tools.cse.none")}</p> : null}
      <ul className="divide-y divide-slate-100">
        {bodies.map((body) => (
          <li key={body.id} className="py-2">
            {renaming === body.id ? (
              <RenameForm body={body} onDone={() => setRenaming(null)} />
            ) : (
              <BodyRow body={body} onRename={() => setRenaming(body.id)} />
            )}
          </li>
        ))}
      </ul>
      <AddForm employerId={employerId} />
    </div>
  );
}

function BodyRow({ body, onRename }: { body: TCseBody; onRename: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await removeCseBodyAction({ cseBodyId: body.id });
      if (result.ok) router.refresh();
      else setError(result.formError ?? "errors.unexpected");
    });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span>
          <span className="font-medium">{body.name}</span>{" "}
          <span className="text-sm text-slate-700">
            ({t(`enums.cseBodyKind.${body.kind}`)} · {t("tools.cse.consultations", { count: body.consultationCount })})
          </span>
        </span>
        <span className="flex gap-2">
          <Button variant="secondary" onClick={onRename} aria-label={t("tools.cse.renameNamed", { name: body.name })}>
            {t("tools.cse.rename")}
          </Button>
          <Button variant="secondary" pending={pending} onClick={remove} aria-label={t("tools.cse.removeNamed", { name: body.name })}>
            {t("tools.cse.remove")}
          </Button>
        </span>
      </div>
      {error ? <Alert tone="error">{t(error)}</Alert> : null}
    </div>
  );
}

function RenameForm({ body, onDone }: { body: TCseBody; onDone: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZRenameCseBody,
    action: renameCseBodyAction,
    defaultValues: { cseBodyId: body.id, name: body.name },
    onSuccess: () => {
      onDone();
      router.refresh();
    },
  });
  const error = form.formState.errors.name?.message;
  const id = `rename-${body.id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <Field id={id} label={t("tools.cse.newName", { name: body.name })} error={error ? t(error) : undefined} required>
          {(control) => <input {...control} {...form.register("name")} autoFocus className={inputClass} />}
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          {t("tools.cse.save")}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("tools.cse.cancel")}
        </Button>
      </div>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
    </form>
  );
}

function AddForm({ employerId }: { employerId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, pending } = useActionForm({
    schema: ZAddCseBody,
    action: addCseBodyAction,
    defaultValues: { employerId, kind: "cse", name: "" },
    onSuccess: () => {
      form.reset({ employerId, kind: "cse", name: "" });
      router.refresh();
    },
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 border-t border-slate-200 pt-4">
      <h3 className="font-semibold text-slate-900">{t("tools.cse.addTitle")}</h3>
      <Field id="cse-kind" label={t("tools.cse.kind")} error={errors.kind?.message ? t(errors.kind.message) : undefined} required>
        {(control) => (
          <select {...control} {...form.register("kind")} className={inputClass}>
            {CSE_BODY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.cseBodyKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="cse-name" label={t("tools.cse.name")} hint={t("tools.cse.nameHint")} error={errors.name?.message ? t(errors.name.message) : undefined} required>
        {(control) => <input {...control} {...form.register("name")} className={inputClass} />}
      </Field>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <Button type="submit" pending={pending} className="self-start">
        {t("tools.cse.add")}
      </Button>
    </form>
  );
}
