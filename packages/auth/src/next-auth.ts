import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { DomainError } from "@atlas/core/errors";
import { authenticate, resolveSession } from "@atlas/core/users";
import { getDb } from "@atlas/db";
import { CLIENT_ADDRESS_HEADER } from "@atlas/next-config/request-guard";

/** Codes the sign-in form turns into words (they never say whether an account exists). */
export class WrongCredentials extends CredentialsSignin {
  override code = "wrong_credentials";
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
        try {
          const user = await authenticate({
            db: getDb(),
            input: { email: String(credentials.email ?? ""), password: String(credentials.password ?? "") },
            ip: clientAddress(request),
          });
          if (!user) throw new WrongCredentials();
          return { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion };
        } catch (error) {
          if (error instanceof DomainError && error.code === "RATE_LIMITED") throw new Throttled(error.message);
          throw error;
        }
      },
    }),
  ],
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
