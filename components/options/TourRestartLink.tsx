import { useId, useState } from 'react';
import { i18n } from '#i18n';
import type { TourDefinition } from '@/tours/types';
import { RestartLinkField } from '@/components/ui/RestartLinkField';
import { useLearnedPlaces } from '@/components/ui/useLearnedPlaces';
import { copyShortcut, HOST_CHOICES } from '@/components/popup/StepShareLink';
import type { MixpanelHost } from '@/components/popup/useActiveMixpanelHost';

/** A tour's restart link on the options page, on the host the trainer picks (as the popup's share link). */
export function TourRestartLink({ tour }: { tour: TourDefinition }) {
  const id = useId();
  const places = useLearnedPlaces();
  const [chosen, setChosen] = useState<MixpanelHost | null>(null);
  // Until the trainer picks, the host the guide last ran on.
  const host =
    chosen ?? HOST_CHOICES.find((choice) => choice.host === places.lastHost)?.host ?? 'mixpanel.com';
  return (
    <div className="tour-restart-link">
      <div className="field">
        <label htmlFor={`${id}-host`}>{i18n.t('restartLink.host')}</label>
        <select
          id={`${id}-host`}
          value={host}
          onChange={(event) => {
            const picked = HOST_CHOICES.find((choice) => choice.host === event.currentTarget.value);
            if (picked) setChosen(picked.host);
          }}
        >
          {HOST_CHOICES.map((choice) => (
            <option key={choice.host} value={choice.host}>
              {choice.label()}
            </option>
          ))}
        </select>
      </div>
      <RestartLinkField tour={tour} host={host} places={places} shortcut={copyShortcut()} />
    </div>
  );
}
