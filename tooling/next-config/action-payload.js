// Server action requests carry their arguments in React's reply format: a JSON array (text/plain),
// or multipart form data whose part "0" is that array and whose other parts hold form fields.
// Next answers 500 when it cannot decode one (or worse, runs it with what it made of it). The
// admin's actions take strings, plain objects and FormData only, so anything else in a payload is
// a client's mistake or a probe: it is refused here with a 400 and a reason, before Next reads it.
import busboy from "busboy";

const LIMITS = { depth: 32, nodes: 100_000, items: 10_000, keys: 1_000, parts: 2_000 };

// References the React client writes for the arguments our actions take ($K: a FormData,
// $@/$<id>: a part of the payload, $$: an escaped "$", and plain values React encodes).
const PLAIN = /^\$(\$|u|-0|Infinity|-Infinity|NaN|T|D\d{4}-\d\d-\d\dT[\d:.]+Z|n-?\d{1,40})/;
const PART = /^\$@?([0-9a-f]{1,8})$/;
const FORM = /^\$K([0-9a-f]{1,8})$/;

/** Why the value is not one our actions could have been sent, or null. */
function check(value, parts, state, depth) {
  if (depth > LIMITS.depth) return "it is nested too deeply";
  if (++state.nodes > LIMITS.nodes) return "it has too many values";
  if (typeof value === "string") {
    if (!value.isWellFormed()) return "it has text that is not valid Unicode";
    if (!value.startsWith("$") || PLAIN.test(value) || FORM.test(value)) return null;
    const part = PART.exec(value);
    if (!part) return `it refers to "${value.slice(0, 3)}…", which no action here takes`;
    const text = parts?.get(String(parseInt(part[1], 16)));
    if (text === undefined) return `it refers to a part it does not carry (${value.slice(0, 12)})`;
    if (state.seen.has(part[1])) return null;
    state.seen.add(part[1]);
    return checkJson(text, parts, state, depth + 1);
  }
  if (value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    if (value.length > LIMITS.items) return "it has a list that is too long";
    for (const item of value) {
      const why = check(item, parts, state, depth + 1);
      if (why) return why;
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > LIMITS.keys) return "it has an object with too many keys";
  for (const key of keys) {
    const why = (key.isWellFormed() ? null : "it has a key that is not valid Unicode") ?? check(value[key], parts, state, depth + 1);
    if (why) return why;
  }
  return null;
}

function checkJson(text, parts, state, depth) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return "it is not valid JSON";
  }
  return check(value, parts, state, depth);
}

function readParts(body, headers) {
  return new Promise((resolve) => {
    const parts = new Map();
    let problem = null;
    let parser;
    try {
      parser = busboy({ headers, limits: { fields: LIMITS.parts, fieldSize: 1024 * 1024, files: 0 } });
    } catch {
      resolve({ parts, problem: "its multipart form has no boundary" });
      return;
    }
    parser.on("field", (name, value) => parts.set(name, value));
    parser.on("file", (_name, stream) => {
      problem ??= "it carries a file, which no action here takes";
      stream.resume();
    });
    parser.on("filesLimit", () => (problem ??= "it carries a file, which no action here takes"));
    parser.on("fieldsLimit", () => (problem ??= "it has too many form fields"));
    parser.on("error", () => resolve({ parts, problem: problem ?? "its multipart form is malformed" }));
    parser.on("close", () => resolve({ parts, problem }));
    parser.end(body);
  });
}

/**
 * Why a server action payload must be refused, or null when it is one our actions could take.
 * @param {Buffer} body @param {import("node:http").IncomingHttpHeaders} headers
 * @returns {Promise<string | null>}
 */
export async function actionPayloadProblem(body, headers) {
  const type = String(headers["content-type"] ?? "").toLowerCase();
  const state = { nodes: 0, seen: new Set() };
  if (type.startsWith("text/plain")) {
    const text = body.toString("utf8");
    const why = checkJson(text, null, state, 0);
    if (why) return why;
    return Array.isArray(JSON.parse(text)) ? null : "its arguments are not a list";
  }
  if (type.startsWith("multipart/form-data")) {
    const { parts, problem } = await readParts(body, headers);
    if (problem) return problem;
    const root = parts.get("0");
    if (root === undefined) return "its arguments (part 0) are missing";
    for (const value of parts.values()) if (!value.isWellFormed()) return "it has text that is not valid Unicode";
    if (!root.trimStart().startsWith("[")) return "its arguments are not a list";
    return checkJson(root, parts, state, 0);
  }
  return "its body is neither text nor a multipart form";
}
