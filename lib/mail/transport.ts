import "server-only";

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import nodemailer from "nodemailer";

import type { TEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

export type TMailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
};

export type TMailer = { kind: "smtp" | "file" | "console"; send(message: TMailMessage): Promise<void> };

/**
 * The outgoing mail of this process (docs/decisions/0027): SMTP when SMTP_URL is set, else a file per
 * message (MAIL_DIR) or the console, so `npm start` works without a mail server. An SMTP refusal or an
 * unreachable server throws: the caller retries later.
 */
export function createMailer(config: Pick<TEnv, "SMTP_URL" | "MAIL_TRANSPORT" | "MAIL_DIR">): TMailer {
  const kind = config.MAIL_TRANSPORT ?? (config.SMTP_URL ? "smtp" : "file");
  if (kind === "smtp") {
    if (!config.SMTP_URL) throw new Error("MAIL_TRANSPORT=smtp needs SMTP_URL");
    // Short timeouts: a server that does not answer is retried later rather than holding the job.
    const transport = nodemailer.createTransport({ url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    return { kind, send: async (message) => void (await transport.sendMail(message)) };
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  if (kind === "console") {
    return {
      kind,
      send: async (message) => {
        const info = await stream.sendMail(message);
        process.stdout.write(`${String(info.message)}\n`);
      },
    };
  }
  const dir = path.resolve(config.MAIL_DIR);
  return {
    kind,
    send: async (message) => {
      const info = await stream.sendMail(message);
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replaceAll(":", "-")}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      logger.debug({ file: path.basename(file) }, "mail written to file");
    },
  };
}
