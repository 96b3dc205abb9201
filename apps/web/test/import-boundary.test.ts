import path from "node:path";
import { fileURLToPath } from "node:url";

import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// apps/web reads published data only. Importing anything that can see drafts must be a lint
// error there (`pnpm lint` fails), while the public door stays open.
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The probes are not files on disk, so the type-aware rules (which need the project) are off.
const untyped = tseslint.configs.disableTypeChecked as Linter.Config;

async function lint(code: string) {
  const eslint = new ESLint({ cwd: webRoot, overrideConfig: untyped });
  const [result] = await eslint.lintText(code, { filePath: path.join(webRoot, "src/app/probe.tsx") });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("the public site's import boundary", () => {
  it.each([
    ['import { getDb } from "@atlas/db";'],
    ['import { saveDraft } from "@atlas/core";'],
    ['import { importSeed } from "@atlas/core/seed";'],
    ['import { payloadSchemas } from "@atlas/core/kinds";'],
    ['import { getSession } from "@atlas/auth";'],
    ['import { PrismaClient } from "@prisma/client";'],
    ['import pg from "pg";'],
  ])("forbids %s", async (line) => {
    expect(await lint(`${line}\nexport const x = 1;\n`)).toEqual([expect.stringContaining("apps/web reads published data only")]);
  });

  it("allows the public door", async () => {
    expect(await lint('import { atlas } from "@atlas/core/public";\nexport const x = atlas;\n')).toEqual([]);
  });
});

describe("settings", () => {
  const messagesOf = async (code: string, file: string) => {
    const eslint = new ESLint({ cwd: webRoot, overrideConfig: untyped });
    const [result] = await eslint.lintText(code, { filePath: path.join(webRoot, file) });
    return result!.messages.filter((m) => m.ruleId === "no-restricted-properties").map((m) => m.message);
  };

  it("are read through env.ts only: process.env anywhere else is a lint error", async () => {
    expect(await messagesOf("export const url = process.env.DATABASE_URL;\n", "src/lib/probe.ts")).toEqual([expect.stringContaining("through this package's env.ts")]);
    expect(await messagesOf("export const all = { ...process.env };\n", "src/app/probe.tsx")).toHaveLength(1);
    expect(await messagesOf("export const url = process.env.DATABASE_URL;\n", "src/env.ts")).toEqual([]);
  });
});
