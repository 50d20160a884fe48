import { CLIENT_ADDRESS_HEADER, CLIENT_TOKEN_ENV, CLIENT_TOKEN_HEADER } from "@/scripts/lib/client-address.mjs";

/**
 * Request headers as scripts/server.mjs hands them to the app: the client address it computed, with
 * its per-boot token (tests/setup/integration-setup.ts sets the token of a test run).
 */
export function fromClient(address: string, extra: Record<string, string> = {}): Headers {
  const token = process.env[CLIENT_TOKEN_ENV];
  if (!token) throw new Error(`${CLIENT_TOKEN_ENV} is not set (integration-setup.ts sets it)`);
  return new Headers({ ...extra, [CLIENT_ADDRESS_HEADER]: address, [CLIENT_TOKEN_HEADER]: token });
}
