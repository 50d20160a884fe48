/**
 * How a letter names each document of the consultation checklist (lib/consultations CONSULTATION_DOCUMENTS).
 * Letters are French legal documents whatever language the rep reads the app in, so this wording is
 * letter text (like the templates), not an interface label.
 */
import type { TConsultationDocument } from "@/lib/consultations/facts";

export const LETTER_DOCUMENT_TEXT: Readonly<Record<TConsultationDocument, { label: string; detail: string }>> = {
  project_note: {
    label: "Note de présentation du projet",
    detail: "la note de présentation du projet : finalités, périmètre, services et effectifs concernés, calendrier de déploiement, y compris toute phase pilote",
  },
  vendor_and_model: {
    label: "Fournisseur et modèle d'IA",
    detail: "l'identité du fournisseur, le produit et le modèle d'IA utilisés, leur hébergement et les sous-traitants, ainsi que la notice d'utilisation du fournisseur",
  },
  data_flows: {
    label: "Flux de données",
    detail: "la description des flux de données : données des salariés et des clients traitées, destinataires, transferts hors de l'Union européenne et durées de conservation",
  },
  dpia: {
    label: "Analyse d'impact (AIPD)",
    detail: "l'analyse d'impact relative à la protection des données (article 35 du RGPD)",
  },
  ai_act_classification: {
    label: "Classification AI Act",
    detail: "la classification de l'outil au regard du règlement (UE) 2024/1689 sur l'IA (pratique interdite, haut risque, obligations de transparence) et l'analyse qui la fonde",
  },
  jobs_workload_impact: {
    label: "Impact sur les emplois et la charge de travail",
    detail: "l'étude d'impact sur les emplois, les métiers, les compétences et la charge de travail",
  },
  training_plan: {
    label: "Plan de formation",
    detail: "le plan de formation des salariés à l'outil et à la maîtrise de l'IA (article 4 du règlement sur l'IA)",
  },
  duerp_update: {
    label: "Mise à jour du DUERP",
    detail: "le projet de mise à jour du document unique d'évaluation des risques professionnels (article R4121-2 du Code du travail)",
  },
  environmental_data: {
    label: "Données environnementales",
    detail: "les données sur les conséquences environnementales de l'outil : consommation d'énergie, hébergement, taille du modèle (article L2312-8 III du Code du travail)",
  },
};
