// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SupportContact as Contact } from '@/utils/policy';
import { SupportContact } from '../SupportContact';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let root: Root;
let container: HTMLElement;

function render(contact: Contact, sentence = (slot: string) => `Need help? Contact ${slot}`): HTMLElement {
  act(() => root.render(<SupportContact contact={contact} sentence={sentence} />));
  return container.querySelector('.support-contact')!;
}

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('SupportContact', () => {
  it('links an https: address, opening in a new tab without handing over this page', () => {
    const contact = render({
      text: 'https://help.example.com/mixpanel',
      url: 'https://help.example.com/mixpanel',
    });
    const link = contact.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://help.example.com/mixpanel');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(contact.textContent).toBe('Need help? Contact https://help.example.com/mixpanel');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://help.example.com'],
    ['not a URL', 'help desk'],
  ])('never links a %s address, even if one reached it: it is shown as text', (_, url) => {
    const contact = render({ text: url, url });
    expect(contact.querySelector('a')).toBeNull();
    expect(contact.querySelector('script')).toBeNull();
    expect(contact.textContent).toBe(`Need help? Contact ${url}`);
  });

  it('puts the contact where the translation says, before or after other words', () => {
    const contact = render({ text: 'Dana', url: null }, (slot) => `Frag ${slot} um Hilfe.`);
    expect(contact.textContent).toBe('Frag Dana um Hilfe.');
    expect(contact.querySelector('strong')!.textContent).toBe('Dana');
  });
});
