import { i18n } from '#i18n';

/**
 * Shown for the few milliseconds before stored progress is read: the shape of the popup without any
 * state, so nothing wrong (such as "Start tour" for a tour half done) ever flashes.
 */
export function PopupSkeleton() {
  return (
    <div className="popup-skeleton">
      <p className="visually-hidden" role="status">
        {i18n.t('popup.loading')}
      </p>
      <div aria-hidden="true">
        <div className="skeleton" style={{ height: 62 }} />
        <div className="skeleton" style={{ height: 40, marginTop: 14 }} />
        <div className="skeleton" style={{ height: 14, width: '60%', marginTop: 8 }} />
        <div className="skeleton" style={{ height: 296, marginTop: 22 }} />
      </div>
    </div>
  );
}
