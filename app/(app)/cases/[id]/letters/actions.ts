"use server";

import { defineAction } from "@/lib/actions/define-action";
import { saveLetter } from "@/lib/letters/save-letter";
import { ZSaveLetter } from "@/lib/letters/schemas";

// The case page (letters, timeline), the case list and the home page's due items.
export const saveLetterAction = defineAction(ZSaveLetter, saveLetter, { revalidate: ["/cases", "/"] });
