import { useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { sendRequest, type PageCheckReply } from '@/utils/messaging';
import type { StepResult } from '@/utils/pageCheck/checkResults';
import { buildReport } from '@/utils/pageCheck/report';
import type { ProgressState } from '@/utils/progress/types';

export interface PageCheckProps {
  tours: readonly TourDefinition[];
  progress: ProgressState;
  /** The level of the tours' headings in the results (the section's own heading is the caller's). */
  headingLevel: 3 | 4;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; reply: PageCheckReply };

/**
 * "Check this page", for support: runs every step of every tour against the Mixpanel tab in front
 * (through the background), shows per tour and step what the guide finds there, and copies a plain-text
 * report that holds no page text, addresses, names or query strings (`utils/pageCheck/report.ts`).
 */
export function PageCheck({ tours, progress, headingLevel }: PageCheckProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [copy, setCopy] = useState<{ at: number; outcome: 'copied' | 'manual' } | null>(null);
  const reportRef = useRef<HTMLTextAreaElement>(null);
  const statusId = useId();
  const Heading = `h${headingLevel}` as const;

  const check = async () => {
    setPhase({ kind: 'checking' });
    setCopy(null);
    const reply = await sendRequest('checkPage');
    if (reply.ok) setPhase({ kind: 'done', reply });
    else
      setPhase({
        kind: 'failed',
        message:
          reply.error === 'notMixpanel'
            ? i18n.t('pageCheck.notMixpanel')
            : i18n.t('pageCheck.failed', [reply.error]),
      });
  };

  const reply = phase.kind === 'done' ? phase.reply : null;
  const report = reply
    ? buildReport({
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        host: reply.host,
        checkedAt: reply.checkedAt,
        tours,
        progress,
        check: reply.tours,
        events: reply.events,
      })
    : '';

  const copyReport = () => {
    const at = reply?.checkedAt ?? 0;
    const manual = () => {
      setCopy({ at, outcome: 'manual' });
      // Shown now: select it for the user to copy.
      requestAnimationFrame(() => reportRef.current?.select());
    };
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(report).then(() => setCopy({ at, outcome: 'copied' }), manual);
  };

  const counts = reply?.tours.flatMap((t) => t.steps) ?? [];
  const status =
    phase.kind === 'checking'
      ? i18n.t('pageCheck.checking')
      : phase.kind === 'failed'
        ? phase.message
        : reply
          ? [
              i18n.t('pageCheck.checked', [
                reply.host,
                String(counts.filter((s) => s.result.kind === 'found').length),
                String(counts.length),
              ]),
              copy?.at === reply.checkedAt
                ? i18n.t(copy.outcome === 'copied' ? 'pageCheck.copied' : 'pageCheck.copyManually')
                : '',
            ]
              .filter(Boolean)
              .join(' ')
          : '';

  return (
    <div className="page-check">
      <div className="page-check-actions">
        <button
          type="button"
          className="btn"
          aria-describedby={statusId}
          aria-disabled={phase.kind === 'checking' || undefined}
          onClick={() => {
            if (phase.kind !== 'checking') void check();
          }}
        >
          {i18n.t('pageCheck.check')}
        </button>
        {reply && (
          <button type="button" className="btn" onClick={copyReport}>
            {i18n.t('pageCheck.copy')}
          </button>
        )}
      </div>
      <p id={statusId} className="page-check-status" role="status" data-kind={phase.kind}>
        {status}
      </p>
      {reply &&
        tours.map((tour) => {
          const checked = reply.tours.find((t) => t.tourId === tour.id);
          if (!checked) return null;
          const headingId = `${statusId}-${tour.id}`;
          return (
            <section key={tour.id} className="page-check-tour" aria-labelledby={headingId}>
              <Heading id={headingId} className="page-check-tour-title">
                {translateKey(tour.titleKey)}
              </Heading>
              <ol className="page-check-steps">
                {tour.steps.map((step) => {
                  const result = checked.steps.find((s) => s.stepId === step.id)?.result;
                  if (!result) return null;
                  return (
                    <li key={step.id} data-result={result.kind}>
                      {i18n.t('pageCheck.line', [translateKey(step.titleKey), resultText(result, tour)])}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      {reply && copy?.outcome === 'manual' && copy.at === reply.checkedAt && (
        <textarea
          ref={reportRef}
          className="page-check-report"
          readOnly
          rows={8}
          aria-label={i18n.t('pageCheck.reportLabel')}
          value={report}
        />
      )}
    </div>
  );
}

function resultText(result: StepResult, tour: TourDefinition): string {
  const misses = 'misses' in result ? result.misses.map((m) => m.strategy).join(', ') : '';
  switch (result.kind) {
    case 'found':
      return i18n.t(result.pageMatched === false ? 'pageCheck.foundOffPage' : 'pageCheck.found', [
        result.strategy,
      ]);
    case 'otherPage': {
      const page = tour.pages[result.pageKey];
      return i18n.t('pageCheck.otherPage', [page ? translateKey(page.nameKey) : result.pageKey]);
    }
    case 'needsStep': {
      const index = tour.steps.findIndex((s) => s.id === result.restoredBy);
      return i18n.t('pageCheck.needsStep', [String(index + 1)]);
    }
    case 'missing':
      return i18n.t('pageCheck.missing', [misses]);
  }
}
