export type Message = { ok: boolean; text: string } | undefined;

/** A success note (read out politely) or an error (read out at once). */
export function Feedback({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'notice' : 'error'}>
      {message.text}
    </p>
  );
}
