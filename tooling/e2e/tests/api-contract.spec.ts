import { expect, test, type APIResponse } from "@playwright/test";
import addFormats from "ajv-formats";
import Ajv2020 from "ajv/dist/2020.js";

// Every endpoint of /api/v1 answers what /api/v1/openapi.json says it answers: each response,
// good and bad, is checked against the schema the document gives for its path, status and type.

type Doc = {
  openapi: string;
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
  components: { schemas: Record<string, object> };
};

test.describe("the API contract", () => {
  let doc: Doc;
  // Formats checked too: a date that is not an ISO date breaks the contract.
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

  test.beforeAll(async ({ request }) => {
    const answer = await request.get("/api/v1/openapi.json");
    expect(answer.status()).toBe(200);
    doc = (await answer.json()) as Doc;
  });

  /** Checks an answer against the document's schema for `path` (its template) and the answer's status. */
  async function conforms(template: string, answer: APIResponse) {
    const status = String(answer.status());
    const described = doc.paths[template]?.get.responses[status];
    expect(described, `${template} does not describe status ${status}`).toBeDefined();
    const type = (answer.headers()["content-type"] ?? "").split(";")[0]!;
    const schema = described!.content?.[type]?.schema;
    if (!described!.content) return; // a redirect: no body to check
    expect(schema, `${template} ${status} does not describe ${type}`).toBeDefined();
    const body: unknown = type === "application/json" ? await answer.json() : await answer.text();
    // The schema refers to the document's components: validate it with them alongside.
    const validate = ajv.compile({ ...schema, components: doc.components });
    expect(validate(body) ? [] : validate.errors, `${answer.url()} does not match ${template} ${status}`).toEqual([]);
  }

  test("is OpenAPI 3.1 and names its answers", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Country", "Counterpart", "Event", "Citation", "BadRequest", "NotFound"]));
  });

  test("countries: the list, filtered, and a bad filter", async ({ request }) => {
    for (const url of ["/api/v1/countries", "/api/v1/countries?region=Asia&mission=1", "/api/v1/countries?before=1990", "/api/v1/countries?before=1990&unknown=1"]) {
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      await conforms("/api/v1/countries", answer);
    }
    const bad = await request.get("/api/v1/countries?region=Atlantis&before=x");
    expect(bad.status()).toBe(400);
    await conforms("/api/v1/countries", bad);
  });

  test("a country: every counterpart, and one that does not exist", async ({ request }) => {
    const list = (await (await request.get("/api/v1/countries")).json()) as { data: { slug: string }[] };
    expect(list.data.length).toBeGreaterThan(10);
    for (const { slug } of list.data) {
      const answer = await request.get(`/api/v1/countries/${slug}`, { maxRedirects: 0 });
      await conforms("/api/v1/countries/{slug}", answer);
    }
    await conforms("/api/v1/countries/{slug}", await request.get("/api/v1/countries/atlantis"));
  });

  test("events: pages, filters and bad queries", async ({ request }) => {
    for (const url of [
      "/api/v1/events",
      "/api/v1/events?page=2",
      "/api/v1/events?year=2011",
      "/api/v1/events?country=china&type=VISIT",
      "/api/v1/events?page=-1&year=abc",
      "/api/v1/events?page=999",
    ]) {
      await conforms("/api/v1/events", await request.get(url));
    }
  });

  test("the open data: the whole set, each kind as CSV and JSON, and an unknown set", async ({ request }) => {
    await conforms("/api/v1/export", await request.get("/api/v1/export"));
    const files = (doc.paths["/api/v1/export/{file}"] as unknown as { get: { parameters: { schema: { enum: string[] } }[] } }).get.parameters[0]!.schema.enum;
    expect(files).toContain("events.csv");
    for (const file of files) await conforms("/api/v1/export/{file}", await request.get(`/api/v1/export/${file}`));
    await conforms("/api/v1/export/{file}", await request.get("/api/v1/export/nothing.csv"));
  });
});
