/**
 * The frame a new letter starts with (letterhead, addressee, signature): the rep changes any of it on
 * the draft page. Letters to the employer come from the CSE; the GDPR request is written for a member
 * to send in their own name; the Art. 85 complaint goes to the market surveillance authority, which
 * France had not finally designated when this was written (DOMAIN.md A.2.8, [U]): the rep names it. Pure.
 */
import type { TLetterKind } from "./kinds";
import type { TLetterContext } from "./variables";

export type TFrameDefaults = { sender: string; recipient: string; place: string; signature: string };

const TO_EMPLOYER = (context: TLetterContext) =>
  `${context.employer.legalName}\nÀ l'attention de Madame ou Monsieur le Président du comité social et économique`;

export function defaultFrame(kind: TLetterKind, context: TLetterContext): TFrameDefaults {
  const cse = { sender: `${context.cse.name}\n${context.employer.legalName}`, place: "" };
  const signedByRep = `${context.rep.name}\nPour les élus du comité social et économique`;
  switch (kind) {
    case "gdpr_access":
      return {
        sender: "[Prénom et nom]\n[Service, site]\n[Adresse postale ou électronique]",
        recipient: `${context.employer.legalName}\nÀ l'attention du délégué à la protection des données (DPO)`,
        place: "",
        signature: "[Prénom et nom]",
      };
    case "market_surveillance_complaint":
      return {
        ...cse,
        recipient: "[Autorité de surveillance du marché compétente : CNIL ou DGCCRF, à vérifier]\nRèglement (UE) 2024/1689, article 85",
        signature: signedByRep,
      };
    case "cnil_complaint":
      return {
        ...cse,
        recipient: "Commission nationale de l'informatique et des libertés (CNIL)\nService des plaintes\n3 place de Fontenoy, TSA 80715\n75334 Paris Cedex 07",
        signature: signedByRep,
      };
    case "labour_inspection_alert":
      return {
        ...cse,
        recipient: "[Inspection du travail : unité de contrôle de la DREETS compétente pour l'établissement]",
        signature: signedByRep,
      };
    case "expert_deliberation":
      return { ...cse, recipient: TO_EMPLOYER(context), signature: `${context.rep.name}\nSecrétaire du comité social et économique` };
    case "rights_alert":
      return { ...cse, recipient: TO_EMPLOYER(context), signature: `${context.rep.name}\nMembre de la délégation du personnel au CSE` };
    case "open_consultation":
    case "precise_information":
    case "suspend_deployment":
    case "duerp_update":
      return { ...cse, recipient: TO_EMPLOYER(context), signature: signedByRep };
  }
}
