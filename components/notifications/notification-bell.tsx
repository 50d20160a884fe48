import { Bell } from "lucide-react";
import Link from "next/link";

/** The shell's bell: a link to the notification centre with the unread count (announced in its label). */
export function NotificationBell({ unread, label }: { unread: number; label: string }) {
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative inline-flex min-h-9 min-w-9 items-center justify-center rounded px-2 text-slate-800 hover:bg-slate-200"
    >
      <Bell aria-hidden="true" className="size-5" />
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-bold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
