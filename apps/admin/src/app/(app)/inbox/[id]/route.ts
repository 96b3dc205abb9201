import { getSession } from "@atlas/auth";
import { DomainError, openNotification } from "@atlas/core";

import { db } from "@/lib/session";

// Opening a notification from the inbox: it is read from then on, and the browser goes on to what
// it is about. A plain link (not prefetched), so that showing the inbox marks nothing read.
const goTo = (location: string) => new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getSession();
  if (!actor) return goTo(`/login?callbackUrl=${encodeURIComponent("/inbox")}`);
  try {
    return goTo((await openNotification({ db: db(), actor, input: { notificationId: id } })).href);
  } catch (error) {
    // Not one of theirs, or no longer there: the inbox says what is.
    if (error instanceof DomainError) return goTo("/inbox");
    throw error;
  }
}
