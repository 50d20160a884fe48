/**
 * Demo sign-ins created by prisma/seed.ts, printed by scripts/start.mjs and reused by the e2e specs.
 * Plain .mjs (typed through JSDoc) so that the launcher, which runs on bare Node, can import it too.
 * Fictional people on fictional employers: never seed these into a real database.
 */

/** Password of every demo account. Public on purpose: it is printed at each start. */
export const DEMO_PASSWORD = "Demo-Vigie-2026!";

/**
 * Demo unions (issue 15) and the demo employers each is present at (legal names, see DEMO_EMPLOYERS in
 * seed.ts): two unions share Banque Horizon Populaire and Mutuelle Assurances du Littoral.
 */
export const DEMO_UNIONS = /** @type {const} */ ([
  { key: "cgt", name: "Confédération générale du travail", shortName: "CGT", presentAt: "all" },
  {
    key: "cfdt",
    name: "Confédération française démocratique du travail",
    shortName: "CFDT",
    presentAt: ["Banque Horizon Populaire", "Mutuelle Assurances du Littoral"],
  },
]);

/**
 * `employer` is the legal name of the demo employer a rep is attached to (see DEMO_EMPLOYERS in seed.ts);
 * `union` the key of their union (null: an instance-wide account, e.g. the federation's viewer).
 * `totpSecret`: every demo account has two-step verification on with this key (public on purpose, like
 * the password): add it to an authenticator app by hand, or compute the code (tests/e2e/fixtures.ts).
 */
export const DEMO_ACCOUNTS = /** @type {const} */ ([
  { key: "admin", email: "admin@vigie.test", name: "Camille Admin", role: "admin", employer: null, union: null, totpSecret: "KPEQ72SAGJV4NUIBQVCTEY4TLXIYTC3A" },
  {
    key: "repBanque",
    email: "rep.banque@vigie.test",
    name: "Karim Benali",
    role: "rep",
    employer: "Banque Horizon Populaire",
    union: "cgt",
    totpSecret: "K65NVOBMFUWCMV6KEAUTAL2HJ7VYGO2E",
  },
  {
    key: "repAssurance",
    email: "rep.assurance@vigie.test",
    name: "Sophie Le Goff",
    role: "rep",
    employer: "Mutuelle Assurances du Littoral",
    union: "cgt",
    totpSecret: "AOJ356AW2LPCDFRBVSWFX4K2T4TQ5KLO",
  },
  { key: "viewer", email: "viewer@vigie.test", name: "Lucas Observateur", role: "viewer", employer: null, union: null, totpSecret: "WY53ZS3JOQPTPHIMAH6DCDW522EHDY4R" },
  {
    key: "repBanqueCfdt",
    email: "rep.banque.cfdt@vigie.test",
    name: "Nadia Ferreira",
    role: "rep",
    employer: "Banque Horizon Populaire",
    union: "cfdt",
    totpSecret: "W572PZSCOZ5PXUU3AYXR2DGGV5TMYSLD",
  },
]);
