"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";

import type { TActionResult } from "@/lib/actions/result";

/**
 * A react-hook-form bound to a zod schema (instant hints) and a server action (the real check).
 * The server's field errors land on their fields and its form error above the submit button.
 * Error messages are message keys: render them with t().
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>({
  schema,
  action,
  defaultValues,
  onSuccess,
  resetOnSuccess = false,
  validateOnSubmitOnly = false,
}: {
  schema: S;
  action: (input: z.input<S>) => Promise<TActionResult<R>>;
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: R) => void;
  /** Empties the form after a successful save (forms that add one item after another). */
  resetOnSuccess?: boolean;
  /**
   * No hint when a field loses focus, only at submit. For a form next to another control on a page
   * centred vertically: a hint appearing on blur moves that control between mousedown and mouseup,
   * and the click is lost (the passkey button beside the code field, ADR 0038).
   */
  validateOnSubmitOnly?: boolean;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // NOTE: the cast bridges zod 4 generics and the resolver's; the schema is the same object.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    mode: validateOnSubmitOnly ? "onSubmit" : "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [failureDetails, setFailureDetails] = useState<unknown>(undefined);
  /** True after a successful save, until the next submit: for a "saved" confirmation. */
  const [succeeded, setSucceeded] = useState(false);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setFailureDetails(undefined);
    setSucceeded(false);
    // The raw values go to the server, which parses them again with the same schema.
    const result = await action(form.getValues());
    if (result.ok) {
      setSucceeded(true);
      if (resetOnSuccess) form.reset(defaultValues);
      onSuccess?.(result.data);
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field === "_form") setFormError(messages[0] ?? "errors.unexpected");
      else form.setError(field as Path<z.input<S>>, { message: messages[0] }, { shouldFocus: true });
    }
    if (result.formError) setFormError(result.formError);
    setFailureDetails(result.details);
  });

  return { form, onSubmit, formError, failureDetails, succeeded, pending: form.formState.isSubmitting };
}
