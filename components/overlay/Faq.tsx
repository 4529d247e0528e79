import { i18n } from '#i18n';

const QUESTIONS = ['changeRole', 'notAccepted', 'roles', 'several', 'limits'] as const;

/** The invite FAQ, corrected to Mixpanel's real behaviour. Shared by the overlay, popup and options. */
export function Faq({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="faq" aria-label={i18n.t('faq.title')}>
      <Heading>{i18n.t('faq.title')}</Heading>
      {QUESTIONS.map((key) => (
        <details key={key}>
          <summary>{i18n.t(`faq.${key}.q`)}</summary>
          <p>{i18n.t(`faq.${key}.a`)}</p>
        </details>
      ))}
    </section>
  );
}
