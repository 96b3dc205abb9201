"use server";

import { revalidatePath } from "next/cache";

import { countUnread, markRead, watchEntry, ZMarkRead, ZWatch } from "@atlas/core";

import { booleanField, formOf } from "@/lib/form-input";
import { action } from "@/lib/safe-action";

/** Marks one notification read, or all of them when none is named. */
export const markReadAction = action
  .metadata({ permission: "inbox.read" })
  .inputSchema(formOf(ZMarkRead))
  .stateAction(async ({ parsedInput, ctx }) => {
    await markRead({ ...ctx, input: parsedInput });
    revalidatePath("/", "layout");
    return { message: parsedInput.notificationId ? "Marked as read." : "All marked as read." };
  });

/** Starts or stops watching an entry. */
export const watchAction = action
  .metadata({ permission: "inbox.read" })
  .inputSchema(formOf(ZWatch.extend({ watch: booleanField })))
  .stateAction(async ({ parsedInput, ctx }) => {
    await watchEntry({ ...ctx, input: parsedInput });
    revalidatePath(`/entries/${parsedInput.entryId}`);
    return { message: parsedInput.watch ? "Watching: you will hear when it changes." : "No longer watching." };
  });

/** The header's unread count, asked again after each navigation (a layout is not rendered again then). */
export const unreadCountAction = action.metadata({ permission: "inbox.read" }).action(async ({ ctx }) => countUnread(ctx));
