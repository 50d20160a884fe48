"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";

import { AiActFields } from "@/components/cases/ai-act-fields";
import { ToolPicker } from "@/components/cases/tool-picker";
import { Field, inputClass } from "@/components/ui/field";
import { ChoiceGroup } from "@/components/ui/choice-group";
import type { TPerson, TToolOption } from "@/lib/deployments/queries";
import { CONCERNS, MONITORS, PHASES, SOURCES, TRI_STATES, type TCaseFactsInput } from "@/lib/deployments/schemas";

type TForm = UseFormReturn<TCaseFactsInput>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-4">
      <legend className="pr-2 text-lg font-semibold text-slate-900">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The facts of a case, grouped as a rep thinks of them; shared by the creation and edit forms. */
export function CaseFields({ form, tools, repOptions }: { form: TForm; tools: TToolOption[]; repOptions: TPerson[] }) {
  const t = useTranslations();
  const { errors } = form.formState;
  const message = (key?: string) => (key ? t(key) : undefined);
  const text = (name: keyof TCaseFactsInput, options: { required?: boolean; hint?: string; multiline?: boolean; inputMode?: "numeric" } = {}) => (
    <Field id={name} label={t(`cases.fields.${name}`)} hint={options.hint} error={message(errors[name]?.message)} required={options.required}>
      {(control) =>
        options.multiline ? (
          <textarea {...control} {...form.register(name)} rows={3} className={inputClass} />
        ) : (
          <input {...control} {...form.register(name)} inputMode={options.inputMode} className={inputClass} />
        )
      }
    </Field>
  );
  const date = (name: "firstKnownOn" | "announcedOn" | "pilotStartOn" | "goLiveOn", hint?: string, required?: boolean) => (
    <Field id={name} label={t(`cases.fields.${name}`)} hint={hint} error={message(errors[name]?.message)} required={required}>
      {(control) => <input {...control} {...form.register(name)} type="date" className={inputClass} />}
    </Field>
  );
  const choice = (name: "phase" | "source" | "individualMonitoring", values: readonly string[], group: string) => (
    <Field id={name} label={t(`cases.fields.${name}`)} error={message(errors[name]?.message)} required>
      {(control) => (
        <select {...control} {...form.register(name)} className={inputClass}>
          {values.map((value) => (
            <option key={value} value={value}>
              {t(`enums.${group}.${value}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <>
      <Section title={t("cases.sections.project")}>
        <Field id="toolId" label={t("cases.fields.toolId")} hint={t("cases.toolSearchHint")} error={message(errors.toolId?.message)} required>
          {(control) => <ToolPicker tools={tools} selectedId={form.watch("toolId")} control={{ ...control, ...form.register("toolId") }} />}
        </Field>
        {text("localName", { required: true, hint: t("cases.hints.localName") })}
        {text("description", { multiline: true })}
        {choice("phase", PHASES, "phase")}
        {choice("source", SOURCES, "source")}
        {text("statedGoal", { hint: t("cases.hints.statedGoal") })}
      </Section>
      <Section title={t("cases.sections.dates")}>
        <div className="grid gap-4 sm:grid-cols-2">
          {date("firstKnownOn", t("cases.hints.firstKnownOn"), true)}
          {date("announcedOn")}
          {date("pilotStartOn", t("cases.hints.plannedDate"))}
          {date("goLiveOn", t("cases.hints.plannedDate"))}
        </div>
      </Section>
      <Section title={t("cases.sections.impact")}>
        {text("servicesAffected", { multiline: true, hint: t("cases.hints.list") })}
        {text("jobFamilies", { multiline: true, hint: t("cases.hints.list") })}
        <div className="grid gap-4 sm:grid-cols-3">
          {text("headcountAffected", { inputMode: "numeric", hint: t("cases.hints.count") })}
          {text("jobsThreatened", { inputMode: "numeric", hint: t("cases.hints.count") })}
          {text("jobsCut", { inputMode: "numeric", hint: t("cases.hints.count") })}
        </div>
        <ChoiceGroup
          name="concerns"
          legend={t("cases.fields.concerns")}
          options={CONCERNS.map((value) => ({ value, label: t(`enums.concern.${value}`) }))}
          register={form.register("concerns")}
          error={message(errors.concerns?.message)}
        />
      </Section>
      <Section title={t("cases.sections.monitoring")}>
        <ChoiceGroup
          name="monitors"
          legend={t("cases.fields.monitors")}
          options={MONITORS.map((value) => ({ value, label: t(`enums.monitor.${value}`) }))}
          register={form.register("monitors")}
          error={message(errors.monitors?.message)}
        />
        {choice("individualMonitoring", TRI_STATES, "triState")}
      </Section>
      <AiActFields form={form} />
      <Section title={t("cases.sections.followUp")}>
        <Field id="repInChargeId" label={t("cases.fields.repInChargeId")} hint={t("cases.hints.repInCharge")} error={message(errors.repInChargeId?.message)}>
          {(control) => (
            <select {...control} {...form.register("repInChargeId")} className={inputClass}>
              <option value="">{t("cases.noRepInCharge")}</option>
              {repOptions.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Section>
    </>
  );
}
