// Response headers both apps send on every page. Plain JavaScript: next.config.ts loads it with
// Node's own loader.
const production = process.env.NODE_ENV === "production";

/** @param {{ framing: "none" | "self" }} options */
export function securityHeaders({ framing }) {
  const policy = [
    "default-src 'self'",
    // Next inlines its bootstrap scripts; dev mode also evaluates code for fast refresh.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors '${framing}'`,
  ].join("; ");
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: policy },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "X-Frame-Options", value: framing === "none" ? "DENY" : "SAMEORIGIN" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
      ],
    },
  ];
}
