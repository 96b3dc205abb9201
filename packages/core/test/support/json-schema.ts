import addFormats from "ajv-formats";
import Ajv2020 from "ajv/dist/2020.js";

// What the API's document promises, checked with ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses),
// as the end-to-end contract test does for the served answers.
export type Schema = Record<string, unknown>;

const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));

/** Every way `value` breaks `schema`, as "path: problem" lines; none when it conforms. */
export function schemaErrors(value: unknown, schema: Schema, components: Record<string, Schema>): string[] {
  const validate = ajv.compile({ ...schema, components: { schemas: components } });
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => {
    const path = `$${e.instancePath.replaceAll("/", ".")}`;
    if (e.keyword === "additionalProperties") return `${path}: has ${String(e.params.additionalProperty)}, which the document does not describe`;
    return `${path}: ${e.message ?? e.keyword}`;
  });
}
