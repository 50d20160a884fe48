/**
 * The downloaded PDF's name, in French: "Courrier L2312-15 - Banque Horizon Populaire - 2026-11-23.pdf",
 * with an ASCII fallback for old clients (RFC 6266 filename + filename*). Pure.
 */
import type { TCalendarDate } from "@/lib/consultations/calendar-date";

import type { TLetterKind } from "./kinds";

const FILE_STEM: Readonly<Record<TLetterKind, string>> = {
  open_consultation: "Demande de consultation du CSE",
  precise_information: "Demande d'informations L2312-15",
  expert_deliberation: "Délibération désignant un expert",
  rights_alert: "Droit d'alerte L2312-59",
  duerp_update: "Demande de mise à jour du DUERP",
  gdpr_access: "Demande d'accès RGPD art. 15",
  market_surveillance_complaint: "Réclamation AI Act art. 85",
  suspend_deployment: "Mise en demeure de suspendre le déploiement",
  cnil_complaint: "Plainte CNIL",
  labour_inspection_alert: "Signalement à l'inspection du travail",
};

/** Characters no file system or header accepts, and runs of spaces, go. */
const clean = (text: string) => text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, " ").replace(/\s+/g, " ").trim();

export function letterFileName(kind: TLetterKind, employerName: string, date: TCalendarDate): string {
  return `${clean(`${FILE_STEM[kind]} - ${employerName.slice(0, 80)} - ${date}`)}.pdf`;
}

/** ASCII only: accents dropped, anything else → "-". */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’']/g, "-")
    .replace(/[^A-Za-z0-9._ -]+/g, "-")
    .replace(/-{2,}/g, "-");
}

export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
