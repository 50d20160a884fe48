import type { ButtonHTMLAttributes } from "react";

import { cn } from "@/components/ui/cn";

const VARIANTS = {
  primary: "bg-indigo-700 text-white hover:bg-indigo-800 focus-visible:outline-indigo-700",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 focus-visible:outline-indigo-700",
  danger: "bg-red-700 text-white hover:bg-red-800 focus-visible:outline-red-700",
  ghost: "text-slate-800 hover:bg-slate-100 focus-visible:outline-indigo-700",
} as const;

type TButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof VARIANTS;
  /** Shows a spinner, disables the button and tells assistive technology the action is under way. */
  pending?: boolean;
};

export function Button({ variant = "primary", pending = false, className, children, disabled, ...props }: TButtonProps) {
  return (
    <button
      {...props}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cn(
        "inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold",
        "focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-70",
        VARIANTS[variant],
        className,
      )}
    >
      {pending ? <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" /> : null}
      {children}
    </button>
  );
}
