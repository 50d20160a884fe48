import { randomUUID } from "node:crypto";

import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

import { testUnion } from "./unions";

/** A catalogue entry (unique vendor + name unless given). */
export async function createTool(overrides: Partial<Prisma.AiToolUncheckedCreateInput> = {}) {
  const vendor = overrides.vendor ?? `Vendor ${randomUUID().slice(0, 6)}`;
  const productName = overrides.productName ?? `Tool ${randomUUID().slice(0, 6)}`;
  return prisma.aiTool.create({
    data: {
      functions: ["call_scoring"],
      ...overrides,
      vendor,
      productName,
      dedupeKey: overrides.dedupeKey ?? `${vendor}|${productName}`.toLowerCase(),
    },
  });
}

/** A case at an employer, with a new tool unless one is given. */
export async function createCase(employerId: string, overrides: Partial<Prisma.DeploymentUncheckedCreateInput> = {}) {
  const toolId = overrides.toolId ?? (await createTool()).id;
  return prisma.deployment.create({
    data: {
      localName: `Cas ${randomUUID().slice(0, 6)}`,
      phase: "announced",
      firstKnownOn: new Date("2026-09-01T00:00:00Z"),
      source: "employer_info",
      ...overrides,
      unionId: overrides.unionId ?? (await testUnion()),
      employerId,
      toolId,
    },
  });
}
