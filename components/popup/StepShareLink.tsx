import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { buildShareLink, stepPath } from '@/utils/shareLink';
import { useLearnedPlaces } from '@/components/ui/useLearnedPlaces';
import type { StepSlotProps } from './PopupApp';
import type { MixpanelHost } from './useActiveMixpanelHost';
import { useCopyText } from './useCopyText';
import { RestartLinkField } from '@/components/ui/RestartLinkField';
import { usePolicy } from '@/components/ui/usePolicy';

export const HOST_CHOICES: readonly { host: MixpanelHost; label: () => string }[] = [
  { host: 'mixpanel.com', label: () => i18n.t('popup.share.hostUS') },
  { host: 'eu.mixpanel.com', label: () => i18n.t('popup.share.hostEU') },
  { host: 'in.mixpanel.com', label: () => i18n.t('popup.share.hostIndia') },
];

/** The copy shortcut as this computer writes it. */
export function copyShortcut(): string {
  return /mac|iphone|ipad/i.test(globalThis.navigator?.platform ?? '') ? '⌘C' : 'Ctrl+C';
}

/**
 * "Share a step": a link that opens the guide at a step, for a colleague who has the extension. It starts
 * at the user's current step (step 1 when there is none) on the Mixpanel host they are on; both can be
 * changed. Folded away by default: the popup is mainly about the user's own progress.
 */
export function StepShareLink({ tour, view, host: activeHost }: StepSlotProps) {
  const [open, setOpen] = useState(false);
  const [chosenStep, setChosenStep] = useState<number | null>(null);
  const [chosenHost, setChosenHost] = useState<MixpanelHost | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const places = useLearnedPlaces();
  const policy = usePolicy();
  const id = useId();
  useEffect(() => {
    // It opens at the popup's bottom edge: bring it into view.
    if (open) panelRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  // Until the user picks, the choices follow the progress and the active tab.
  const step = chosenStep ?? view.currentIndex ?? 0;
  const host = chosenHost ?? activeHost ?? 'mixpanel.com';
  const link = buildShareLink(tour.id, step, host, stepPath(tour, step, places, host));
  const { copy, outcome } = useCopyText(link);

  return (
    <section className="share" aria-labelledby={`${id}-toggle`}>
      <button
        type="button"
        id={`${id}-toggle`}
        className="btn btn-quiet share-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {i18n.t('popup.share.toggle')}
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id={`${id}-panel`} ref={panelRef} className="share-panel" hidden={!open}>
        <p className="share-intro">{i18n.t('popup.share.intro')}</p>
        <div className="share-choices">
          <div className="field">
            <label htmlFor={`${id}-step`}>{i18n.t('popup.share.step')}</label>
            <select
              id={`${id}-step`}
              value={step}
              onChange={(event) => setChosenStep(Number(event.currentTarget.value))}
            >
              {tour.steps.map((candidate, index) => (
                <option key={candidate.id} value={index}>
                  {i18n.t('popup.share.stepOption', [String(index + 1), translateKey(candidate.titleKey)])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-host`}>{i18n.t('popup.share.host')}</label>
            <select
              id={`${id}-host`}
              value={host}
              onChange={(event) => {
                const picked = HOST_CHOICES.find((choice) => choice.host === event.currentTarget.value);
                if (picked) setChosenHost(picked.host);
              }}
            >
              {HOST_CHOICES.map((choice) => (
                <option key={choice.host} value={choice.host}>
                  {choice.label()}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-link`}>{i18n.t('popup.share.link')}</label>
          <div className="share-link-row">
            <input
              id={`${id}-link`}
              ref={fieldRef}
              type="text"
              readOnly
              value={link}
              spellCheck={false}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" className="btn" onClick={() => copy(fieldRef.current)}>
              {i18n.t('popup.share.copy')}
            </button>
          </div>
        </div>
        <p className="share-status" role="status" data-outcome={outcome ?? undefined}>
          {outcome === 'copied' && i18n.t('popup.share.copied')}
          {outcome === 'manual' && i18n.t('popup.share.copyManually', [copyShortcut()])}
        </p>
        {/* Where resets are turned off, restart links are refused: none is offered. */}
        {policy && !policy.hideReset && (
          <RestartLinkField tour={tour} host={host} places={places} shortcut={copyShortcut()} />
        )}
      </div>
    </section>
  );
}
