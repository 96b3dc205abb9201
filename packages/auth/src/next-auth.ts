import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";

import { DomainError } from "@atlas/core/errors";
import { authenticate, DEVICE_TTL_MS, signOut as endSessions, resolveSession } from "@atlas/core/users";
import { getDb } from "@atlas/db";
import { CLIENT_ADDRESS_HEADER } from "@atlas/next-config/request-guard";

/** Codes the sign-in form turns into words (they never say whether an account exists). */
export class WrongCredentials extends CredentialsSignin {
  override code = "wrong_credentials";
}
/** An email no one can type (a NUL byte): said so, the same for every account. */
export class UnreadableCredentials extends CredentialsSignin {
  override code = "unreadable";
}
/** The code carries core's words ("Try again in 8 seconds."), which name the wait. */
export class Throttled extends CredentialsSignin {
  constructor(message: string) {
    super(message);
    this.code = `throttled:${message}`;
  }
}

// The admin app's server puts the client's address here (the socket's, or what trusted proxies
// say: ATLAS_TRUSTED_PROXY_HOPS), after dropping any such header the client sent.
const clientAddress = (request: Request | undefined) => request?.headers.get(CLIENT_ADDRESS_HEADER) || "unknown";

/**
 * The browser's device token (OWASP's "device cookie", see core's THROTTLE): given at each
 * successful sign-in, it lets that browser's later attempts on the account be throttled on their
 * own, so that guessers sharing its address cannot keep its user out.
 */
export const DEVICE_COOKIE = "atlas-device";

// Sessions are JWTs carrying the user id and a session version. Every read of the session
// checks them against the database (jwt callback): deactivating a user, or changing their role
// or password, bumps the version and ends their sessions at once.
export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  logger: { error: (e) => (e instanceof CredentialsSignin ? undefined : console.error(e)) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const jar = await cookies();
        try {
          const user = await authenticate({
            db: getDb(),
            input: { email: String(credentials.email ?? ""), password: String(credentials.password ?? "") },
            ip: clientAddress(request),
            device: jar.get(DEVICE_COOKIE)?.value ?? null,
          });
          if (!user) throw new WrongCredentials();
          jar.set(DEVICE_COOKIE, user.device, {
            httpOnly: true,
            sameSite: "lax",
            path: "/",
            secure: new URL(request.url).protocol === "https:",
            maxAge: DEVICE_TTL_MS / 1000,
          });
          return { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion };
        } catch (error) {
          if (error instanceof DomainError && error.code === "RATE_LIMITED") throw new Throttled(error.message);
          if (error instanceof DomainError && error.code === "VALIDATION") throw new UnreadableCredentials();
          throw error;
        }
      },
    }),
  ],
  // Every way of signing out (the app's button, next-auth's own POST /api/auth/signout and its
  // signOut() helper) ends up here with the session being dropped: it is ended on the server too,
  // so a copy of the cookie is refused from then on.
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const actor = token ? await resolveSession({ db: getDb(), claims: { userId: token.uid, sessionVersion: token.sv } }) : null;
      if (actor) await endSessions({ db: getDb(), actor });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; sv: number };
        return { ...token, uid: u.id, sv: u.sv };
      }
      const actor = await resolveSession({ db: getDb(), claims: { userId: token.uid, sessionVersion: token.sv } });
      if (!actor) return null;
      return { ...token, name: actor.name, email: actor.email, role: actor.role };
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, id: String(token.uid), role: token.role as string, name: token.name ?? "", email: token.email ?? "" } };
    },
  },
});
