import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { safeCallbackPath } from '@/lib/http/safe-callback-path';
import { isAppError } from '@/lib/server/errors';
import crypto from 'node:crypto';
import { endSession } from './end-sessions';
import { verifyCredentials } from './verify-credentials';

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: env.BITEXT_SESSION_HOURS * 3600 },
  // `Secure` (and `__Secure-`/`__Host-` prefixed) cookies whenever the app is served over https.
  useSecureCookies: env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) throw new Error('Enter your email and password.');
        try {
          return await verifyCredentials(credentials.email, credentials.password);
        } catch (error) {
          // next-auth passes the message of a thrown Error to the sign-in page.
          if (isAppError(error)) throw new Error(error.message);
          console.error('[auth] sign-in failed unexpectedly', error);
          throw new Error('Signing in failed on our side. Please try again.');
        }
      },
    }),
  ],
  callbacks: {
    // The same rule as the sign-in page and form: only a path on this origin (decision 015, issue 9 item 2).
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, baseUrl)}`;
    },
    // `user` is what authorize() returned, present only at sign-in: the cookie keeps the user's id, the
    // user's session version of that moment and an id for this browser session; getSession() checks both
    // against the database on every request (decision 016). next-auth's own `jti` changes whenever the
    // cookie is re-issued, so it cannot name the session.
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.sid = crypto.randomBytes(16).toString('base64url');
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return { ...session, uid: token.uid, sv: token.sv, sid: token.sid };
    },
  },
  events: {
    // The browser drops its cookie on sign-out, but a copy (a proxy log, a stolen cookie) would work until it
    // expires: the session id is recorded as ended.
    async signOut({ token }) {
      if (typeof token?.sid !== 'string') return;
      const expires =
        typeof token.exp === 'number' ? new Date(token.exp * 1000) : new Date(Date.now() + env.BITEXT_SESSION_HOURS * 3_600_000);
      await endSession(token.sid, expires);
    },
  },
};
