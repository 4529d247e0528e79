import { parseNotices } from '@/utils/progress/parseProgress';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { StepShareLink } from '@/components/popup/StepShareLink';
import { practiceUrl } from '@/components/practice/practicePage';
import { TOURS } from '@/tours';
import { i18n } from '#i18n';
import { createProgressStore } from '@/utils/progress/progressStore';
import { stepIdsByTour } from '@/utils/progress/tourProgress';
import '@/components/ui/extensionPage.css';
import '@/components/popup/popup.css';

document.title = i18n.t('popup.brand');
// The store lives as long as the popup: one storage read, then it follows changes until the popup closes.
const { store, dispose } = createProgressStore({ tours: stepIdsByTour(TOURS), readNotices: parseNotices });
window.addEventListener('pagehide', dispose, { once: true });

const openOptions = () => {
  void browser.runtime.openOptionsPage().then(() => window.close());
};
const practice = (tourId: string) => practiceUrl((path) => browser.runtime.getURL(path), tourId);
const openPractice = (tourId: string) => {
  void browser.tabs.create({ url: practice(tourId) }).then(() => window.close());
};

const root = document.getElementById('root');
if (!root) throw new Error('popup: no #root element in popup.html');
createRoot(root).render(
  <StrictMode>
    <PopupApp
      store={store}
      tours={TOURS}
      iconUrl={browser.runtime.getURL('/icon/48.png')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      openOptions={openOptions}
      practiceUrl={practice}
      openPractice={openPractice}
      StepSlot={StepShareLink}
    />
  </StrictMode>,
);
