import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFound")}</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-indigo-800 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
