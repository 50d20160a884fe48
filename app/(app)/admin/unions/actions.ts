"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createUnion } from "@/lib/unions/create-union";
import { renameUnion } from "@/lib/unions/rename-union";
import { ZRenameUnion, ZUnionInput, ZUnionPresence, ZUserUnion } from "@/lib/unions/schemas";
import { setUnionPresence } from "@/lib/unions/set-presence";
import { setUserUnion } from "@/lib/unions/set-user-union";

const revalidate = ["/admin/unions", "/admin/users"];

export const createUnionAction = defineAction(ZUnionInput, createUnion, { revalidate });
export const renameUnionAction = defineAction(ZRenameUnion, renameUnion, { revalidate });
export const setUnionPresenceAction = defineAction(ZUnionPresence, setUnionPresence, { revalidate });
export const setUserUnionAction = defineAction(ZUserUnion, setUserUnion, { revalidate });
