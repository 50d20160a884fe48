import { getTranslations } from "next-intl/server";

import { logoutAction } from "@/app/(app)/actions";

/** "Not you? Sign out": ends the half-open session (password given, second factor not yet). */
export async function SignOutLink() {
  const t = await getTranslations("security");
  return (
    <form action={logoutAction} className="mt-6 text-center text-sm">
      <button type="submit" className="font-semibold text-indigo-800 underline">
        {t("signOutInstead")}
      </button>
    </form>
  );
}
