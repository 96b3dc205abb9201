import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Reads core's editorial policy from an environment (the process's, or a test's). */
export const readCoreEnv = (source: Record<string, string | undefined>) =>
  createEnv({
    server: {
      /** A site with a single admin may let admins approve their own revisions (each is audited). */
      ATLAS_ALLOW_SELF_APPROVAL: z
        .enum(["0", "1", "true", "false"], { error: "ATLAS_ALLOW_SELF_APPROVAL must be 0 or 1" })
        .optional()
        .transform((v) => v === "1" || v === "true"),
    },
    runtimeEnv: source,
    emptyStringAsUndefined: true,
    onValidationError: (issues) => {
      throw new Error(issues.map((i) => i.message).join("; "));
    },
  });

export type CorePolicy = { allowSelfApproval: boolean };

const coreEnv = readCoreEnv(process.env);

/** Editorial policy of this process, read once. */
export const corePolicyFromEnv = (): CorePolicy => ({ allowSelfApproval: coreEnv.ATLAS_ALLOW_SELF_APPROVAL });
