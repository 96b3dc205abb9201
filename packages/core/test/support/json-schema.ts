// A checker for the part of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the API's
// document is written in: enough to tell whether an answer is what the document promises.
// (The end-to-end contract test checks the served answers with ajv; core's tests have no ajv.)

export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  description?: string;
};

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? (Number.isInteger(v) ? "integer" : "number") : typeof v);

const FORMATS: Record<string, (s: string) => boolean> = {
  date: (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  "date-time": (s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => URL.canParse(s),
};

/** Every way `value` breaks `schema`, as "path: problem" lines; none when it conforms. */
export function schemaErrors(value: unknown, schema: Schema, components: Record<string, Schema>, path = "$"): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/components/schemas/", "");
    const target = components[name];
    return target ? schemaErrors(value, target, components, path) : [`${path}: refers to a missing component ${schema.$ref}`];
  }
  if (schema.anyOf) {
    const each = schema.anyOf.map((s) => schemaErrors(value, s, components, path));
    return each.some((e) => e.length === 0) ? [] : [`${path}: matches none of its ${each.length} forms (${each.flat().join("; ")})`];
  }
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const allowed = [schema.type].flat();
    if (!allowed.includes(actual) && !(actual === "integer" && allowed.includes("number"))) return [`${path}: is ${actual}, not ${allowed.join(" or ")}`];
  }
  if (schema.const !== undefined && value !== schema.const) errors.push(`${path}: is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`);
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) errors.push(`${path}: "${value}" does not match ${schema.pattern}`);
    if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format]!(value)) errors.push(`${path}: "${value}" is not a ${schema.format}`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => errors.push(...schemaErrors(v, schema.items!, components, `${path}[${i}]`)));
  if (actual === "object") {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${path}: has no ${key}`);
    for (const [key, v] of Object.entries(object)) {
      const declared = schema.properties?.[key];
      if (declared) errors.push(...schemaErrors(v, declared, components, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: has ${key}, which the document does not describe`);
      else if (typeof schema.additionalProperties === "object") errors.push(...schemaErrors(v, schema.additionalProperties, components, `${path}.${key}`));
    }
  }
  return errors;
}
