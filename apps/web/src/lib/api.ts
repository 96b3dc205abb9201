import "server-only";

const HEADERS = { "cache-control": "public, max-age=0, must-revalidate", "access-control-allow-origin": "*" };

export const json = (data: unknown, status = 200) => Response.json(data, { status, headers: HEADERS });

/** A user's mistake in the address: 400 with every problem spelled out. */
export const badRequest = (problems: string[]) => json({ error: "bad_request", problems }, 400);

export const notFoundJson = (what: string) => json({ error: "not_found", message: `${what} does not exist.` }, 404);

export const file = (body: string, type: string, name?: string) =>
  new Response(body, { headers: { ...HEADERS, "content-type": type, ...(name ? { "content-disposition": `inline; filename="${name}"` } : {}) } });
