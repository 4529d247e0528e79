import { i18n } from '#i18n';

export const FAQ_QUESTIONS = [
  'changeRole',
  'notAccepted',
  'wrongAddress',
  'expiry',
  'roles',
  'customRoles',
  'several',
  'limits',
  'seats',
] as const;

/**
 * The invite FAQ, corrected to Mixpanel's real behaviour: the one list of questions, shared by the overlay, popup
 * and options. Where Mixpanel's help leaves something open, the answer says so in the reader's words.
 */
export function Faq({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="faq" aria-label={i18n.t('faq.title')}>
      <Heading>{i18n.t('faq.title')}</Heading>
      {FAQ_QUESTIONS.map((key) => (
        <details key={key}>
          <summary>{i18n.t(`faq.${key}.q`)}</summary>
          <p>{i18n.t(`faq.${key}.a`)}</p>
        </details>
      ))}
    </section>
  );
}
