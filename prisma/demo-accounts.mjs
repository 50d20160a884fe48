/**
 * Demo sign-ins created by prisma/seed.ts, printed by scripts/start.mjs and reused by the e2e specs.
 * Plain .mjs (typed through JSDoc) so that the launcher, which runs on bare Node, can import it too.
 * Fictional people on fictional employers: never seed these into a real database.
 */

/** Password of every demo account. Public on purpose: it is printed at each start. */
export const DEMO_PASSWORD = "Demo-Vigie-2026!";

/** `employer` is the legal name of the demo employer a rep is attached to (see DEMO_EMPLOYERS in seed.ts). */
export const DEMO_ACCOUNTS = /** @type {const} */ ([
  { key: "admin", email: "admin@vigie.test", name: "Camille Admin", role: "admin", employer: null },
  {
    key: "repBanque",
    email: "rep.banque@vigie.test",
    name: "Karim Benali",
    role: "rep",
    employer: "Banque Horizon Populaire",
  },
  {
    key: "repAssurance",
    email: "rep.assurance@vigie.test",
    name: "Sophie Le Goff",
    role: "rep",
    employer: "Mutuelle Assurances du Littoral",
  },
  { key: "viewer", email: "viewer@vigie.test", name: "Lucas Observateur", role: "viewer", employer: null },
]);
