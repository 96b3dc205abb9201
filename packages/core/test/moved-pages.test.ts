import { beforeAll, describe, expect, it } from "vitest";

import { freshDatabase } from "@atlas/db/testing";

import { saveDraft } from "../src/drafts/save-draft.ts";
import { submitRevision } from "../src/drafts/submit-revision.ts";
import { getCountryPage } from "../src/public/country-page.ts";
import { findMovedPage } from "../src/public/moved.ts";
import { approveRevision } from "../src/review/approve-revision.ts";
import { makeActors, publishedPayload } from "./support/actors.ts";

describe("a page whose slug changes", () => {
  const t = freshDatabase("seeded");
  let a: Awaited<ReturnType<typeof makeActors>>;
  beforeAll(async () => {
    a = await makeActors(t.db);
  });

  const moveRussia = async (slug: string) => {
    const payload = { ...(await publishedPayload(t.db, "country_russia")), slug };
    const saved = await saveDraft({ db: t.db, actor: a.editor, input: { kind: "COUNTRY", entryId: "country_russia", payload } });
    await submitRevision({ db: t.db, actor: a.editor, input: saved });
    await approveRevision({ db: t.db, actor: a.admin, input: saved, policy: { allowSelfApproval: false } });
  };

  it("keeps its old address, pointing at the new one", async () => {
    expect(await findMovedPage(t.db, "country", "russia")).toBeNull();
    await moveRussia("russian-federation");
    expect(await getCountryPage(t.db, "russia")).toBeNull();
    expect((await getCountryPage(t.db, "russian-federation"))?.country.name).toBe("Russia");
    expect(await findMovedPage(t.db, "country", "russia")).toBe("russian-federation");
    // Only within its kind: no person or event page lived at "russia".
    expect(await findMovedPage(t.db, "person", "russia")).toBeNull();
  });

  it("stops redirecting an address once a page takes it again", async () => {
    await moveRussia("russia");
    expect(await findMovedPage(t.db, "country", "russia")).toBeNull();
    expect(await findMovedPage(t.db, "country", "russian-federation")).toBe("russia");
  });
});
