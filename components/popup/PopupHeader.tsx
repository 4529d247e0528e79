import { i18n } from '#i18n';

/** The popup's banner: the extension's icon and name, and the tour's title as the page heading. */
export function PopupHeader({ tourTitle, iconUrl }: { tourTitle: string; iconUrl: string }) {
  return (
    <header className="popup-header">
      <img src={iconUrl} alt="" width={36} height={36} />
      <div>
        <p className="popup-brand">{i18n.t('popup.brand')}</p>
        <h1 className="popup-title">{tourTitle}</h1>
      </div>
    </header>
  );
}
