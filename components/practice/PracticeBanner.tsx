import { i18n } from '#i18n';

export interface PracticeBannerProps {
  /** The practice tour was closed: offer to pick it up where it was. */
  paused: boolean;
  onResume: () => void;
  onRestart: () => void;
}

/**
 * The strip across the top of the sandbox: it says plainly that this is a copy where nothing is sent or
 * saved (the page looks exactly like Mixpanel, so this must not be missed), and starts the rehearsal over.
 */
export function PracticeBanner({ paused, onResume, onRestart }: PracticeBannerProps) {
  return (
    <section className="banner" aria-label={i18n.t('practice.bannerLabel')}>
      <span className="banner-badge" aria-hidden="true">
        {i18n.t('practice.badge')}
      </span>
      <p className="banner-text">
        <strong>{i18n.t('practice.bannerLead')}</strong> {i18n.t('practice.bannerText')}
      </p>
      <div className="banner-actions">
        {paused && (
          <button type="button" className="banner-button banner-button-primary" onClick={onResume}>
            {i18n.t('practice.resume')}
          </button>
        )}
        <button type="button" className="banner-button" onClick={onRestart}>
          {i18n.t('practice.restart')}
        </button>
      </div>
    </section>
  );
}
