import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="narrow">
      <h1>Page not found</h1>
      <p>There is nothing here, or you do not have access to it.</p>
      <p><Link href="/projects">Go to your projects</Link></p>
    </main>
  );
}
