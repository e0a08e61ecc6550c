import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { safeCallbackPath } from '@/lib/http/safe-callback-path';
import { isAppError } from '@/lib/server/errors';
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
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};
