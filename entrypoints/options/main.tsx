import { parseNotices } from '@/utils/progress/parseProgress';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { practiceUrl } from '@/components/practice/practicePage';
import { TOURS } from '@/tours';
import { i18n } from '#i18n';
import { createProgressStore } from '@/utils/progress/progressStore';
import { stepIdsByTour } from '@/utils/progress/tourProgress';
import '@/components/ui/extensionPage.css';
import '@/components/options/options.css';

document.title = i18n.t('options.pageTitle');
const { store, dispose } = createProgressStore({ tours: stepIdsByTour(TOURS), readNotices: parseNotices });
window.addEventListener('pagehide', dispose, { once: true });

const practice = practiceUrl((path) => browser.runtime.getURL(path));
const openPractice = () => {
  void browser.tabs.create({ url: practice });
};

const root = document.getElementById('root');
if (!root) throw new Error('options: no #root element in options.html');
createRoot(root).render(
  <StrictMode>
    <OptionsApp
      store={store}
      tours={TOURS}
      iconUrl={browser.runtime.getURL('/icon/128.png')}
      practiceUrl={practice}
      openPractice={openPractice}
    />
  </StrictMode>,
);
