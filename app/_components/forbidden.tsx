import Link from 'next/link';

export function Forbidden({ what = 'this page' }: { what?: string }) {
  return (
    <main className="narrow">
      <h1>No access</h1>
      <p role="alert" className="error">Your role does not allow you to open {what}.</p>
      <p><Link href="/projects">Back to your projects</Link></p>
    </main>
  );
}
