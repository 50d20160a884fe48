import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApiTokensPanel } from "@/components/api-tokens/api-tokens-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { listOwnApiTokens } from "@/lib/api-tokens/queries";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

/** The account's personal API tokens (ADR 0034): create one (shown once), see them, revoke them. */
export default async function ApiTokensPage() {
  const user = await requireUser();
  const [{ tokens, scopes }, t] = await Promise.all([listOwnApiTokens(user), getTranslations("apiTokens")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-3xl">
        <ApiTokensPanel tokens={tokens} scopes={scopes} />
      </Card>
    </>
  );
}
