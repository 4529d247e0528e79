import type { SupportContact as Contact } from '@/utils/policy';

/** The schemes a contact may link to (the policy parser allows no other; checked again here, at the door). */
const LINK_PROTOCOLS = new Set(['https:', 'mailto:']);

function safeHref(url: string | null): string | null {
  if (url === null) return null;
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

// Stands for the contact inside the translated sentence, so translations can put it anywhere.
const SLOT = '\u{E000}';

export interface SupportContactProps {
  contact: Contact;
  /** The sentence around the contact, e.g. `(contact) => i18n.t('popup.supportContact', [contact])`. */
  sentence: (contact: string) => string;
}

/**
 * "Need help? Contact …", with the administrator's contact from the policy. It is shown as text only
 * (React escapes it); it becomes a link only for an https: or mailto: address, which opens in a new tab.
 */
export function SupportContact({ contact, sentence }: SupportContactProps) {
  const href = safeHref(contact.url);
  // "mailto:" is for the browser; people read the address.
  const shown = href?.startsWith('mailto:') ? contact.text.replace(/^mailto:/i, '') : contact.text;
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return (
    <p className="support-contact">
      {before}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {shown}
        </a>
      ) : (
        <strong>{shown}</strong>
      )}
      {after}
    </p>
  );
}
