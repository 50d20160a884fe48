"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (the print stylesheet lays the dashboard out on A4). */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
