import { el } from '../dom/el';
import { icon } from '../dom/icons';
import { signIn } from '../data/replicaSettings';
import { MpButton } from '../elements/MpButton';
import type { ReplicaContext } from './replicaContext';
import type { PageView } from './pageScope';
import { pc } from './pageStyles';

function logo(): HTMLElement {
  return el('div', { class: pc['bare-logo'] }, [icon('logo', 26), 'mixpanel']);
}

/**
 * "Log in to Mixpanel": stands in for the sign-in page. "Log in" does a FULL page load to `next`
 * (already reduced to a same-origin path without query string, as the real redirect drops it).
 */
export function renderLoginPage(context: ReplicaContext, next: string): PageView {
  const login = new MpButton();
  login.setAttribute('text', 'Log in');
  login.setAttribute('variant', 'primary');
  login.setAttribute('size', 'lg');
  login.toggleAttribute('full-width', true);
  login.addEventListener('click', () => {
    signIn(context.win);
    context.router.load(next);
  });
  const field = (label: string, type: string, value: string) =>
    el('label', { class: pc['bare-label'] }, [
      label,
      el('input', { class: pc['bare-input'], type, value, autocomplete: 'off' }),
    ]);
  const element = el('main', { class: pc.bare }, [
    el('div', { class: pc['bare-card'] }, [
      logo(),
      el('h1', { class: pc['bare-title'] }, ['Log in to Mixpanel']),
      el('p', { class: pc.muted }, ['Practice sandbox: any details work, nothing is checked.']),
      el('div', { class: pc['bare-form'] }, [
        field('Email', 'email', 'alex.morgan@example.com'),
        field('Password', 'password', 'practice'),
        login,
      ]),
    ]),
  ]);
  return { element, title: 'Log in', destroy: () => undefined };
}

export function renderNotFoundPage(context: ReplicaContext): PageView {
  const element = el('main', { class: pc.bare }, [
    el('div', { class: pc['bare-card'] }, [
      logo(),
      el('h1', { class: pc['bare-title'] }, ['Page not found']),
      el('p', { class: pc.muted }, ["We couldn't find the page you were looking for."]),
      el('p', {}, [el('a', { href: context.router.href('/') }, ['Go to Home'])]),
    ]),
  ]);
  return { element, title: 'Page not found', destroy: () => undefined };
}
