import { z } from "zod";

const ZCoreEnv = z.object({
  /** A site with a single admin may let admins approve their own revisions (each is audited). */
  ATLAS_ALLOW_SELF_APPROVAL: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
});

export type CorePolicy = { allowSelfApproval: boolean };

/** Editorial policy from the environment, validated. */
export function corePolicyFromEnv(env: NodeJS.ProcessEnv = process.env): CorePolicy {
  const parsed = ZCoreEnv.safeParse(env);
  if (!parsed.success) throw new Error(`ATLAS_ALLOW_SELF_APPROVAL must be 0 or 1 (got "${env.ATLAS_ALLOW_SELF_APPROVAL}")`);
  return { allowSelfApproval: parsed.data.ATLAS_ALLOW_SELF_APPROVAL };
}
