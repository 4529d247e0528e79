import { useId, useRef } from 'react';
import { i18n } from '#i18n';
import type { TourDefinition } from '@/tours/types';
import { buildRestartLink, stepPath } from '@/utils/shareLink';
import type { LearnedPlaces } from '@/utils/learnedPlaces';
import type { MixpanelHost } from '@/components/popup/useActiveMixpanelHost';
import { useCopyText } from '@/components/popup/useCopyText';

/**
 * A tour's restart link on `host` (`?guide=<id>&guide-action=restart`), with "Copy restart link". It
 * opens at step 1's page, so the class does step 1 too; whoever has progress is asked before a reset.
 */
export function RestartLinkField({
  tour,
  host,
  places,
  shortcut,
}: {
  tour: TourDefinition;
  host: MixpanelHost;
  places: LearnedPlaces;
  /** The copy shortcut as this computer writes it (for "Press ⌘C to copy"). */
  shortcut: string;
}) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const link = buildRestartLink(tour.id, host, stepPath(tour, 0, places, host));
  const { copy, outcome } = useCopyText(link);
  return (
    <div className="field restart-link">
      <label htmlFor={`${id}-restart`}>{i18n.t('restartLink.label')}</label>
      <p className="restart-link-hint" id={`${id}-hint`}>
        {i18n.t('restartLink.hint')}
      </p>
      <div className="share-link-row">
        <input
          id={`${id}-restart`}
          ref={fieldRef}
          type="text"
          readOnly
          value={link}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="btn" onClick={() => copy(fieldRef.current)}>
          {i18n.t('restartLink.copy')}
        </button>
      </div>
      <p className="share-status" role="status" data-outcome={outcome ?? undefined}>
        {outcome === 'copied' && i18n.t('restartLink.copied')}
        {outcome === 'manual' && i18n.t('popup.share.copyManually', [shortcut])}
      </p>
    </div>
  );
}
