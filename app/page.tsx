import { redirect } from 'next/navigation';
import { getSession } from '@/lib/server/auth/session';

export default async function Home() {
  redirect((await getSession()) ? '/projects' : '/signin');
}
