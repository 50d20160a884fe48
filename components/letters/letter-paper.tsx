import { useTranslations } from "next-intl";

import { parseLetterText } from "@/lib/letters/compose";

/**
 * A letter's text laid out as its PDF is (letterhead, addressee on the right, place and date, object
 * in bold, body, signature), for the preview on the draft page.
 */
export function LetterPaper({ text }: { text: string }) {
  const t = useTranslations("letters.draft");
  const letter = parseLetterText(text);
  return (
    <article aria-label={t("previewLabel")} className="rounded-md border border-slate-300 bg-white p-4 font-serif text-[15px] leading-relaxed text-slate-900 shadow-sm sm:p-8">
      {letter ? (
        <>
          <div className="border-b border-indigo-700 pb-2">
            {letter.sender.map((line, index) => (
              <p key={index} className={index === 0 ? "font-sans font-bold" : "font-sans text-sm"}>
                {line}
              </p>
            ))}
          </div>
          <div className="mt-6 ms-auto sm:w-1/2">
            {letter.recipient.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
          <p className="mt-6 text-end">{letter.dateLine}</p>
          <p className="mt-6 font-bold break-words">{letter.objectLine}</p>
          <div className="mt-4 whitespace-pre-line break-words">
            {letter.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="mb-3">
                {paragraph}
              </p>
            ))}
          </div>
          <div className="mt-6 ms-auto sm:w-1/2">
            {letter.signature.map((line, index) => (
              <p key={index}>{line}</p>
            ))}
          </div>
        </>
      ) : (
        <p className="whitespace-pre-line break-words">{text}</p>
      )}
    </article>
  );
}
