import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

import { isoBase64URL, isoCBOR } from "@simplewebauthn/server/helpers";

/**
 * A WebAuthn authenticator in software (ES256, attestation "none"), for integration tests: it answers
 * the options of lib/auth/passkeys.ts as a browser and a platform authenticator would, so the server's
 * real verification (@simplewebauthn/server) runs on real signatures. Not a mock of the code under test.
 */
const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest();
const u32 = (value: number) => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
};

/** Whether a DER ECDSA-Sig-Value (SEQUENCE { r INTEGER, s INTEGER }) holds an r or s of under 32 bytes. */
export function hasShortComponent(der: Buffer): boolean {
  const integerLengths: number[] = [];
  let offset = der[1]! & 0x80 ? 2 + (der[1]! & 0x7f) : 2;
  for (let index = 0; index < 2; index += 1) {
    const length = der[offset + 1]!;
    const leadingZero = der[offset + 2] === 0 ? 1 : 0;
    integerLengths.push(length - leadingZero);
    offset += 2 + length;
  }
  return integerLengths.some((length) => length < 32);
}

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  private signCount = 0;

  constructor(
    readonly origin = "http://localhost:3000",
    readonly rpID = "localhost",
  ) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x!, y: jwk.y! };
  }

  get id(): string {
    return isoBase64URL.fromBuffer(this.credentialId);
  }

  private clientData(type: "webauthn.create" | "webauthn.get", challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** What startRegistration() returns for `options` (a PublicKeyCredentialCreationOptionsJSON). */
  register(options: { challenge: string }, overrides: { origin?: string } = {}) {
    const cose = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(this.publicJwk.x, "base64url")],
      [-3, Buffer.from(this.publicJwk.y, "base64url")],
    ]);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      sha256(this.rpID),
      Buffer.from([FLAG_UP | FLAG_UV | FLAG_AT]),
      u32(this.signCount),
      Buffer.alloc(16),
      idLength,
      this.credentialId,
      Buffer.from(isoCBOR.encode(cose)),
    ]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", new Uint8Array(authData)]]) as never);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: {
        clientDataJSON: isoBase64URL.fromBuffer(this.clientData("webauthn.create", options.challenge, overrides.origin ?? this.origin)),
        attestationObject: isoBase64URL.fromBuffer(attestationObject),
        transports: ["internal" as const],
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform" as const,
    };
  }

  /**
   * What startAuthentication() returns for `options`; each call moves the signature counter on.
   * `shortSignature` re-signs (ECDSA draws a new nonce each time) until r or s is under 32 bytes in its
   * DER form, as about 1 real signature in 64 is.
   */
  assert(options: { challenge: string }, overrides: { origin?: string; signCount?: number; shortSignature?: boolean } = {}) {
    this.signCount = overrides.signCount ?? this.signCount + 1;
    const authData = Buffer.concat([sha256(this.rpID), Buffer.from([FLAG_UP | FLAG_UV]), u32(this.signCount)]);
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, overrides.origin ?? this.origin);
    const signed = Buffer.concat([authData, sha256(clientDataJSON)]);
    let signature = sign("sha256", signed, this.privateKey);
    for (let tries = 0; overrides.shortSignature && !hasShortComponent(signature); tries += 1) {
      if (tries > 20_000) throw new Error("no short ECDSA signature drawn");
      signature = sign("sha256", signed, this.privateKey);
    }
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      response: {
        authenticatorData: isoBase64URL.fromBuffer(authData),
        clientDataJSON: isoBase64URL.fromBuffer(clientDataJSON),
        signature: isoBase64URL.fromBuffer(signature),
      },
      clientExtensionResults: {},
      authenticatorAttachment: "platform" as const,
    };
  }
}
