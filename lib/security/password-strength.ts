/**
 * Password screening (issue 16, point 3): zxcvbn-ts with its common-password list and the French
 * dictionaries (common words, first and last names, Wikipedia), French keyboard (AZERTY) and QWERTY
 * sequences. Pure; the same module scores on the server (the rule) and in the form (the meter).
 * Rule: a score of at least MIN_PASSWORD_SCORE (0…4) on top of the length rule (lib/users/schemas.ts).
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as frenchDictionary } from "@zxcvbn-ts/language-fr";

import { AppError } from "@/lib/errors";

export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...frenchDictionary, vigie: ["vigie", "vigieia", "syndicat", "cse", "delegue", "elu"] },
    graphs: adjacencyGraphs,
    useLevenshteinDistance: false,
  });
  return factory;
}

/** 0 (guessed at once) … 4 (very hard). `userInputs`: the account's e-mail and name, which a password must not lean on. */
export function passwordScore(password: string, userInputs: readonly string[] = []): 0 | 1 | 2 | 3 | 4 {
  const inputs = userInputs.flatMap((input) => input.toLowerCase().split(/[@.\s_-]+/)).filter((part) => part.length >= 3);
  return zxcvbn().check(password.slice(0, 128), inputs).score;
}

export function isStrongPassword(password: string, userInputs: readonly string[] = []): boolean {
  return passwordScore(password, userInputs) >= MIN_PASSWORD_SCORE;
}

/** Server side of every place a password is set: a weak one is refused on its field, in French. */
export function assertStrongPassword(password: string, userInputs: readonly string[], field = "newPassword"): void {
  if (!isStrongPassword(password, userInputs)) throw new AppError("invalid", "security.password.tooWeak", { field });
}
