import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import type { TUserRow } from "@/lib/users/queries";

export async function UserTable({ users }: { users: TUserRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("users.title")}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-2">{t("users.name")}</th>
            <th scope="col" className="px-3 py-2">{t("users.email")}</th>
            <th scope="col" className="px-3 py-2">{t("users.role")}</th>
            <th scope="col" className="px-3 py-2">{t("users.union")}</th>
            <th scope="col" className="px-3 py-2">{t("users.employers")}</th>
            <th scope="col" className="px-3 py-2">{t("users.status")}</th>
            <th scope="col" className="px-3 py-2">{t("users.lastLogin")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id}>
              <td className="px-3 py-2">
                <Link href={`/admin/users/${user.id}`} className="font-semibold text-indigo-800 underline">
                  {user.name}
                </Link>
              </td>
              <td className="px-3 py-2 break-all">{user.email}</td>
              <td className="px-3 py-2">{t(`roles.${user.role}`)}</td>
              <td className="px-3 py-2">{user.union?.shortName ?? "—"}</td>
              <td className="px-3 py-2">{user.employers.map((employer) => employer.legalName).join(", ") || "—"}</td>
              <td className="px-3 py-2">{t(user.active ? (user.pendingInvite ? "users.statusInvited" : "users.statusActive") : "users.statusDeactivated")}</td>
              <td className="px-3 py-2">{user.lastLoginAt ? format.dateTime(user.lastLoginAt, "dateTime") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
