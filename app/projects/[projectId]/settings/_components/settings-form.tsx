'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { QA_CHECKS, type QaCheck } from '@/lib/qa';
import type { ProjectSettings } from '@/lib/server/projects/project-settings-schema';
import { updateSettingsAction } from '../actions';
import { Feedback, type Message } from './feedback';

const CHANGED = ['name', 'fourEyes', 'reviewersMayEdit', 'abbreviations', 'qaChecks'] as const;
const isChanged = (key: string): key is (typeof CHANGED)[number] => (CHANGED as readonly string[]).includes(key);

/** Abbreviations are typed one a line (spaces and commas separate too); the server checks and de-duplicates. */
const splitAbbreviations = (text: string): string[] => text.split(/[\s,]+/).filter(Boolean);

export function SettingsForm({ projectId, settings }: { projectId: string; settings: ProjectSettings }) {
  const t = useTranslations('settings');
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
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setName(result.data.name);
    setAbbreviations(result.data.abbreviations.join('\n'));
    setQaChecks(result.data.qaChecks);
    const changed = result.data.changed.map((key) => (isChanged(key) ? t(`changed.${key}`) : key));
    setMessage({ ok: true, text: changed.length ? t('saved', { changed: changed.join(', ') }) : t('unchanged') });
    router.refresh();
  }

  return (
    <form className="stack panel" onSubmit={onSubmit} aria-labelledby="settings-heading">
      <label>
        {t('name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 13, marginBottom: 6 }}>{t('review')}</legend>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}>
          <input type="checkbox" checked={fourEyes} onChange={(e) => setFourEyes(e.target.checked)} aria-describedby="four-eyes-help" />
          {t('fourEyes')}
        </label>
        <p id="four-eyes-help" className="muted" style={{ margin: '0 0 0 26px' }}>
          {t('fourEyesHelp')}
        </p>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center', fontWeight: 400 }}>
          <input
            type="checkbox"
            checked={reviewersMayEdit}
            onChange={(e) => setReviewersMayEdit(e.target.checked)}
            aria-describedby="reviewers-edit-help"
          />
          {t('reviewersMayEdit')}
        </label>
        <p id="reviewers-edit-help" className="muted" style={{ margin: '0 0 0 26px' }}>
          {t('reviewersMayEditHelp')}
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
        {t('abbreviations')}
        <textarea
          value={abbreviations}
          onChange={(e) => setAbbreviations(e.target.value)}
          aria-describedby="abbreviations-help"
          style={{ minHeight: 120 }}
          spellCheck={false}
        />
      </label>
      <p id="abbreviations-help" className="muted" style={{ margin: 0 }}>
        {t.rich('abbreviationsHelp', { code: (chunks) => <code>{chunks}</code> })}
      </p>
      <Feedback message={message} />
      <div>
        <button type="submit" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
