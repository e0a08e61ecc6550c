'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { QA_CHECKS, type QaCheck } from '@/lib/qa';
import type { ProjectSettings } from '@/lib/server/projects/project-settings-schema';
import { updateSettingsAction } from '../actions';
import { Feedback, type Message } from './feedback';

const LABELS: Record<string, string> = {
  name: 'name',
  fourEyes: 'four-eyes review',
  reviewersMayEdit: 'reviewers may edit text',
  abbreviations: 'abbreviations',
  qaChecks: 'QA checks',
};

/** Abbreviations are typed one a line (spaces and commas separate too); the server checks and de-duplicates. */
const splitAbbreviations = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export function SettingsForm({ projectId, settings }: { projectId: string; settings: ProjectSettings }) {
  const router = useRouter();
  const [name, setName] = useState(settings.name);
  const [fourEyes, setFourEyes] = useState(settings.fourEyes);
  const [reviewersMayEdit, setReviewersMayEdit] = useState(settings.reviewersMayEdit);
  const [abbreviations, setAbbreviations] = useState(settings.abbreviations.join('\n'));
  const [qaChecks, setQaChecks] = useState<QaCheck[]>(settings.qaChecks);
  const tQa = useTranslations('qa');
  const [message, setMessage] = useState<Message>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await updateSettingsAction(projectId, {
      name,
      fourEyes,
      reviewersMayEdit,
      abbreviations: splitAbbreviations(abbreviations),
      qaChecks,
    });
    setPending(false);
    if (!result.ok) return setMessage({ ok: false, text: result.error });
    setName(result.data.name);
    setAbbreviations(result.data.abbreviations.join('\n'));
    setQaChecks(result.data.qaChecks);
    const changed = result.data.changed.map((key) => LABELS[key] ?? key);
    setMessage({
      ok: true,
      text: changed.length ? `Saved: ${changed.join(', ')}.` : 'Nothing to save: the settings were already like this.',
    });
    router.refresh();
  }

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-labelledby="settings-heading">
      <label>
        Project name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 13, marginBottom: 6 }}>Review</legend>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}>
          <input type="checkbox" checked={fourEyes} onChange={(e) => setFourEyes(e.target.checked)} aria-describedby="four-eyes-help" />
          Four-eyes review
        </label>
        <p id="four-eyes-help" className="muted" style={{ margin: '0 0 0 26px' }}>
          Whoever edited, confirmed or included beads in a document cannot sign it off. On by default.
        </p>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}>
          <input
            type="checkbox"
            checked={reviewersMayEdit}
            onChange={(e) => setReviewersMayEdit(e.target.checked)}
            aria-describedby="reviewers-edit-help"
          />
          Reviewers may edit text
        </label>
        <p id="reviewers-edit-help" className="muted" style={{ margin: '0 0 0 26px' }}>
          Lets reviewers fix typos in segment text. Off by default.
        </p>
      </fieldset>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }} aria-describedby="qa-checks-help" data-testid="qa-checks">
        <legend style={{ fontWeight: 600, fontSize: 13, marginBottom: 6 }}>{tQa('settingsLegend')}</legend>
        {QA_CHECKS.map((check) => (
          <label key={check} style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}>
            <input
              type="checkbox"
              name="qaChecks"
              value={check}
              checked={qaChecks.includes(check)}
              onChange={(e) =>
                setQaChecks((list) =>
                  e.target.checked ? QA_CHECKS.filter((c) => c === check || list.includes(c)) : list.filter((c) => c !== check),
                )
              }
            />
            {tQa(`settingsCheck.${check}`)}
          </label>
        ))}
        <p id="qa-checks-help" className="muted" style={{ margin: 0 }}>
          {tQa('settingsHelp')}
        </p>
      </fieldset>
      <label>
        Extra abbreviations
        <textarea
          value={abbreviations}
          onChange={(e) => setAbbreviations(e.target.value)}
          aria-describedby="abbreviations-help"
          style={{ minHeight: 120 }}
          spellCheck={false}
        />
      </label>
      <p id="abbreviations-help" className="muted" style={{ margin: 0 }}>
        One a line, each ending with a period (e.g. <code>Assn.</code>, <code>Natl.</code>): the sentence splitter never ends a sentence
        after them. Up to 200, each at most 30 characters. Applies to documents imported from now on.
      </p>
      <Feedback message={message} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </button>
      </div>
    </form>
  );
}
