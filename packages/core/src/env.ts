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
      /** Where notification e-mails go out (smtp://user:password@host:587); none are sent without it. */
      ATLAS_SMTP_URL: z.url({ error: "ATLAS_SMTP_URL must be a URL like smtp://user:password@host:587" }).optional(),
      /** The sender of those e-mails. */
      ATLAS_MAIL_FROM: z.string().default("Foreign Relations Atlas <atlas@localhost>"),
      /** The admin app's public address, for links in e-mails. */
      ADMIN_SITE_URL: z.url().default("http://localhost:3001"),
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

/** How notification e-mails are sent, or null when no SMTP server is configured. */
export const mailSettingsFromEnv = () =>
  coreEnv.ATLAS_SMTP_URL ? { smtpUrl: coreEnv.ATLAS_SMTP_URL, from: coreEnv.ATLAS_MAIL_FROM, adminUrl: coreEnv.ADMIN_SITE_URL.replace(/\/$/, "") } : null;
export type MailSettings = NonNullable<ReturnType<typeof mailSettingsFromEnv>>;
