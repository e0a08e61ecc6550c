import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/server/errors';
import { signOutEverywhere } from './end-sessions';
import { verifyCredentials } from './verify-credentials';

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: env.BITEXT_SESSION_HOURS * 3600 },
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
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // `user` is what authorize() returned, present only at sign-in: the cookie keeps the user's id and the
    // session version of that moment, which getSession() compares with the database on every request.
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === 'string') (session.user as { id?: string }).id = token.uid;
      return { ...session, uid: token.uid, sv: token.sv };
    },
  },
  events: {
    // Sign-out ends every session of the user (decision 016): the cookie the browser drops could otherwise be
    // replayed until it expires.
    async signOut({ token }) {
      if (typeof token?.uid === 'string' && typeof token.sv === 'number') await signOutEverywhere(token.uid, token.sv);
    },
  },
};
