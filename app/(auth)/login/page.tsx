import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { LoginForm } from "@/components/auth/login-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/auth/sign-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  const { callbackUrl, reason } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  const [t, tReport] = await Promise.all([getTranslations("login"), getTranslations("reportForm.loginLink")]);
  return (
    <>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 mb-6 text-slate-700">{t("intro")}</p>
        <LoginForm callbackUrl={safeRedirectPath(callbackUrl)} notice={reason === "password-set" ? "login.passwordSet" : undefined} />
      </div>
      <p className="mt-6 text-center text-sm text-slate-700">
        {tReport("question")}{" "}
        <Link href="/signaler" className="font-semibold text-indigo-800 underline">
          {tReport("link")}
        </Link>
      </p>
    </>
  );
}
