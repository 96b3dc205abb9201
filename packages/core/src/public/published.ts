import type { Prisma } from "@atlas/db";

/** The one filter every public read applies: only published entries, never drafts. */
export const PUBLISHED = { entry: { is: { status: "PUBLISHED" } } } as const satisfies { entry: Prisma.EntryScalarRelationFilter };

export const isPublished = { status: "PUBLISHED" } as const;
