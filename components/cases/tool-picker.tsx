"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ComponentProps } from "react";

import { inputClass } from "@/components/ui/field";
import type { TToolOption } from "@/lib/deployments/queries";

const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/**
 * A native select of the catalogue with a filter box above it: keyboard- and screen-reader-friendly
 * without a custom combobox. The selected tool always stays in the list, whatever the filter.
 */
export function ToolPicker({ tools, selectedId, control }: { tools: TToolOption[]; selectedId: string; control: ComponentProps<"select"> }) {
  const t = useTranslations("cases");
  const filterId = useId();
  const [query, setQuery] = useState("");
  const needle = fold(query.trim());
  const visible = tools.filter((tool) => tool.id === selectedId || fold(`${tool.vendor} ${tool.productName}`).includes(needle));
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={filterId} className="sr-only">
        {t("toolSearch")}
      </label>
      <input
        id={filterId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t("toolSearch")}
        className={inputClass}
      />
      <select {...control} className={inputClass}>
        <option value="">{t("chooseTool")}</option>
        {visible.map((tool) => (
          <option key={tool.id} value={tool.id}>
            {tool.vendor} — {tool.productName}
          </option>
        ))}
      </select>
      {needle !== "" && visible.every((tool) => tool.id === selectedId) ? (
        <p className="text-sm text-slate-700" role="status">
          {t("toolNoMatch", { query })}
        </p>
      ) : null}
    </div>
  );
}
