// Work done through core, as the app does it, for tests to set up what they need. Run by tsx in a
// child process (see core.ts): core's kinds read JSON data that Playwright's own loader cannot
// import. Prints its answer as JSON.
import { approveChangeSet, runSchedule, saveDraft, submitChangeSet, type Actor } from "@atlas/core";
import { createDb } from "@atlas/db";

const [task, raw, url] = process.argv.slice(2);
const args = JSON.parse(raw ?? "{}") as Record<string, string>;
const db = createDb(url!, { max: 2 });

const actor = async (email: string): Promise<Actor> => {
  const u = await db.user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, email: u.email, name: u.name, role: u.role };
};

const event = (title: string, citations: unknown[] = [{ sourceId: "source_seed-text", excerptId: "excerpt_s13" }]) => ({
  slug: title.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
  title,
  description: "Made for an end-to-end test.",
  type: "AGREEMENT",
  start: "2024-05",
  countryIds: ["country_qatar"],
  citations,
});

/** An event of the editor's, sent for review. */
async function submitted(email: string, title: string) {
  const editor = await actor(email);
  const saved = await saveDraft({ db, actor: editor, input: { kind: "EVENT", payload: event(title) } });
  await submitChangeSet({ db, actor: editor, input: { changeSetId: saved.changeSetId } });
  return saved;
}

const TASKS: Record<string, () => Promise<unknown>> = {
  submittedEvent: () => submitted(args.editor!, args.title!),
  /** Approves a change set as `admin`. */
  async approve() {
    await approveChangeSet({ db, actor: await actor(args.admin!), input: { changeSetId: args.changeSetId! } });
    return {};
  },
  /** Runs a change set's schedules now, then takes it down as `admin` planned: what the job worker does at those times. */
  async publishThenTakeDown() {
    const admin = await actor(args.admin!);
    await db.schedule.updateMany({ where: { changeSetId: args.changeSetId!, status: "PENDING" }, data: { runAt: new Date() } });
    for (const s of await db.schedule.findMany({ where: { changeSetId: args.changeSetId!, status: "PENDING" } })) await runSchedule(db, s.id);
    const takedown = await db.schedule.create({ data: { action: "UNPUBLISH", changeSetId: args.changeSetId!, runAt: new Date(), createdById: admin.id } });
    await runSchedule(db, takedown.id);
    return {};
  },
  /** Something in every state an admin page shows: the editor's set being written, another's sent for review, a notification. */
  async adminPages() {
    const [editor, editor2] = [await actor(args.editor!), await actor(args.editor2!)];
    const tag = Date.now().toString(36);
    const excerptId = `excerpt_pages-${tag}`;
    const source = await saveDraft({
      db,
      actor: editor,
      input: {
        kind: "SOURCE",
        payload: { slug: `pages-${tag}`, title: `Pages source ${tag}`, kind: "WEB", excerpts: [{ id: excerptId, text: "A passage of the pages source.", position: 0 }] },
      },
    });
    const draft = await saveDraft({
      db,
      actor: editor,
      input: { kind: "EVENT", changeSetId: source.changeSetId, payload: event(`Pages event ${tag}`, [{ sourceId: source.entryId, excerptId }]) },
    });
    const sent = await saveDraft({ db, actor: editor2, input: { kind: "COUNTRY", payload: { slug: `pagesland-${tag}`, name: `Pagesland ${tag}`, region: "Asia" } } });
    await submitChangeSet({ db, actor: editor2, input: { changeSetId: sent.changeSetId } });
    const told = await submitted(args.editor!, `Pages notice ${tag}`);
    await approveChangeSet({ db, actor: await actor(args.admin!), input: { changeSetId: told.changeSetId } });
    const seeded = await db.revision.findFirstOrThrow({ where: { entryId: "event_2011-08-biden-visit", status: "PUBLISHED" }, orderBy: { publishedVersion: "desc" } });
    return { source, draft, sent, seededRevisionId: seeded.id };
  },
};

try {
  const work = TASKS[task!];
  if (!work) throw new Error(`Unknown task ${task}`);
  process.stdout.write(JSON.stringify(await work()));
} finally {
  await db.$disconnect();
}
