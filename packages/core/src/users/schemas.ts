import { z } from "zod";

import { Role } from "@atlas/db/enums";

import { storableText } from "../text.ts";

export const ZEmail = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "At most 254 characters." })
  .superRefine(storableText)
  .pipe(z.email({ error: "Enter a valid email address." }));

export const ZPassword = z.string({ error: "Enter a password." }).min(12, { error: "Use at least 12 characters." }).max(200, { error: "At most 200 characters." });

const ZName = z.string({ error: "Enter a name." }).trim().min(1, { error: "Enter a name." }).max(120, { error: "At most 120 characters." }).superRefine(storableText);
const ZRole = z.enum(Role, { error: "Choose editor or admin." });
const ZUserId = z.uuid({ error: "Unknown user." });

export const ZCreateUser = z.object({ email: ZEmail, name: ZName, role: ZRole.default("EDITOR"), password: ZPassword });
export type TCreateUser = z.input<typeof ZCreateUser>;

/** What becomes of the schedules of an admin who loses their powers: the admin doing it takes them over, or cancels them. */
export const SCHEDULE_CHOICES = ["TAKE_OVER", "CANCEL"] as const;
export type ScheduleChoice = (typeof SCHEDULE_CHOICES)[number];
const ZScheduleChoice = z.enum(SCHEDULE_CHOICES, { error: "Choose: take them over, or cancel them." }).optional();

export const ZUpdateUser = z.object({ userId: ZUserId, name: ZName.optional(), role: ZRole.optional(), schedules: ZScheduleChoice });
export type TUpdateUser = z.input<typeof ZUpdateUser>;

export const ZSetUserActive = z.object({ userId: ZUserId, active: z.boolean(), schedules: ZScheduleChoice });
export type TSetUserActive = z.input<typeof ZSetUserActive>;

export const ZSetPassword = z.object({ userId: ZUserId, password: ZPassword });
export type TSetPassword = z.input<typeof ZSetPassword>;

export const ZSignIn = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Enter your email address." })
    .max(254, { error: "Email or password is incorrect." })
    // A field error, the same for every account: such an address cannot be looked up at all.
    .superRefine(storableText),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(200, { error: "Email or password is incorrect." }),
});
export type TSignIn = z.input<typeof ZSignIn>;
