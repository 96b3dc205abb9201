import type { APIRequestContext, APIResponse } from "@playwright/test";

// Submits the apps' forms the way a browser without JavaScript does: read the page, keep the
// form's hidden fields (Next's server-action references among them), fill in the rest, post it.
// Many such clients can run at once where as many browsers could not.

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", "#39": "'", "#x27": "'", nbsp: "\u00a0" };
const decode = (s: string) =>
  s.replace(
    /&(#x?[0-9a-f]+|\w+);/gi,
    (m, e: string) =>
      ENTITIES[e.toLowerCase()] ?? (e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : m),
  );

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([\w$:.-]+)="([^"]*)"/g)) out[name!] = decode(value!);
  return out;
}

/** The hidden fields of the first form on the page that has a field named `marker`. */
export function hiddenFields(html: string, marker: string): Record<string, string> {
  for (const [form] of html.matchAll(/<form[\s\S]*?<\/form>/g)) {
    const inputs = [...form.matchAll(/<input\b[^>]*>/g)].map(([tag]) => attributes(tag));
    if (!inputs.some((i) => i.name === marker) && !form.includes(`name="${marker}"`)) continue;
    return Object.fromEntries(inputs.filter((i) => i.type === "hidden" && i.name).map((i) => [i.name!, i.value ?? ""]));
  }
  throw new Error(`No form with a field named "${marker}" on the page.`);
}

/** Reads `path`, then posts its form (the one with a field named `marker`) with `fields` filled in. */
export async function submitForm(
  request: APIRequestContext,
  path: string,
  marker: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  const page = await request.get(path);
  if (page.status() !== 200) throw new Error(`${path} answered ${page.status()}`);
  const multipart = { ...hiddenFields(await page.text(), marker), ...fields };
  return request.post(path, { multipart, maxRedirects: 5, headers });
}

/** Signs in through the sign-in form; the context keeps the session cookie. */
export async function signInWithForm(request: APIRequestContext, email: string, password: string): Promise<void> {
  const res = await submitForm(request, "/login", "callbackUrl", { email, password });
  const dashboard = await request.get("/", { maxRedirects: 0 });
  if (dashboard.status() !== 200) throw new Error(`Sign-in as ${email} failed (${res.status()}; the dashboard answered ${dashboard.status()}).`);
}

/** The text of every <mark> on a page (search highlights). */
export const marks = (html: string) => [...html.matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map(([, text]) => decode(text!.replace(/<[^>]+>/g, "")));
