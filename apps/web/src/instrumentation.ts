// Refuse to start rather than serve errors (see instrumentation-node.ts).
export async function register() {
  // Next sets NEXT_RUNTIME per runtime and inlines it: it is not a setting of ours.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
