"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createUser } from "@/lib/users/create-user";
import { attachEmployer, changeRole, detachEmployer, resetCredentials, setUserActive } from "@/lib/users/manage-user";
import { ZAssignment, ZChangeRole, ZCreateUser, ZResetCredentials, ZSetActive } from "@/lib/users/schemas";

const revalidate = ["/admin/users"];

export const createUserAction = defineAction(ZCreateUser, createUser, { revalidate });
export const changeRoleAction = defineAction(ZChangeRole, changeRole, { revalidate });
export const attachEmployerAction = defineAction(ZAssignment, attachEmployer, { revalidate });
export const detachEmployerAction = defineAction(ZAssignment, detachEmployer, { revalidate });
export const setUserActiveAction = defineAction(ZSetActive, setUserActive, { revalidate });
export const resetCredentialsAction = defineAction(ZResetCredentials, resetCredentials, { revalidate });
