// Response headers both apps send on every page. Plain JavaScript: next.config.ts loads it with
// Node's own loader.
import { serverEnv } from "./server-env.js";

const production = serverEnv.NODE_ENV === "production";

/**
 * @param {{ framing: "none" | "self", contentSecurityPolicy?: boolean }} options — the admin app
 * sets its own nonce-based policy per request (src/proxy.ts), so it turns this one off.
 */
export function securityHeaders({ framing, contentSecurityPolicy = true }) {
  const policy = [
    "default-src 'self'",
    // The public site's pages are rendered once and served from a cache to every reader, so a
    // per-request nonce cannot be in them; its defences are in the README ("Security").
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
        ...(contentSecurityPolicy ? [{ key: "Content-Security-Policy", value: policy }] : []),
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "X-Frame-Options", value: framing === "none" ? "DENY" : "SAMEORIGIN" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
      ],
    },
  ];
}
