'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { roles } from '@/lib/permissions';
import { setMemberAction } from '../actions';

export function MembersForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const result = await setMemberAction(projectId, { email, role: String(form.get('role') ?? 'viewer') });
    setMessage(result.ok ? { ok: true, text: `Saved the role of ${email}.` } : { ok: false, text: result.error });
    if (result.ok) router.refresh();
  }

  return (
    <form className="inline panel" onSubmit={onSubmit} style={{ marginTop: 12 }}>
      <label>Email<input name="email" type="email" required /></label>
      <label>Role
        <select name="role" defaultValue="editor">{roles.map((r) => <option key={r}>{r}</option>)}</select>
      </label>
      <button type="submit">Add or change member</button>
      {message && <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>{message.text}</p>}
    </form>
  );
}
