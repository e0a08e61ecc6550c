// An edit box's cancel button, showing the key that does the same (Esc, in editBoxKeys).

export function CancelButton({ label, busy, onCancel }: { label: string; busy: boolean; onCancel: () => void }) {
  return (
    <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
      {label} <kbd>Esc</kbd>
    </button>
  );
}
