/**
 * The notification e-mails, in French (issue 17.2): a title and a link back to the app, nothing else
 * about the case, never report text nor anything about a reporter (threat model: mailboxes and mail
 * servers are outside the union's control). Plain text only. Pure.
 */
import type { TMailMessage } from "./transport";

export type TEmailLinks = { appUrl: string; unsubscribeUrl: string };

const FOOTER = (links: TEmailLinks) =>
  [
    "",
    "—",
    "Vigie IA vous envoie ce message selon vos choix de notifications.",
    `Choisir ce que vous recevez : ${links.appUrl}/account/notifications`,
    `Ne plus recevoir ces e-mails : ${links.unsubscribeUrl}`,
  ].join("\n");

function headers(links: TEmailLinks): Record<string, string> {
  return {
    "List-Unsubscribe": `<${links.unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}

export function notificationEmail(input: { from: string; to: string; title: string; link: string } & TEmailLinks): TMailMessage {
  return {
    from: input.from,
    to: input.to,
    subject: `Vigie IA — ${input.title}`,
    text: ["Bonjour,", "", input.title, "", `Ouvrir dans Vigie IA : ${input.appUrl}${input.link}`, FOOTER(input)].join("\n"),
    headers: headers(input),
  };
}

export function digestEmail(input: { from: string; to: string; day: string; items: { title: string; link: string }[] } & TEmailLinks): TMailMessage {
  const count = input.items.length;
  const lines = input.items.flatMap((item) => [`• ${item.title}`, `  ${input.appUrl}${item.link}`]);
  return {
    from: input.from,
    to: input.to,
    subject: `Vigie IA — votre résumé du ${input.day} (${count} notification${count > 1 ? "s" : ""})`,
    text: ["Bonjour,", "", `Voici ce qui vous concerne dans Vigie IA depuis le dernier résumé :`, "", ...lines, FOOTER(input)].join("\n"),
    headers: headers(input),
  };
}
