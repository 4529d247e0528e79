/**
 * Enterprise policy: what an administrator sets for everyone through `storage.managed` (the schema is
 * `public/managed_schema.json`). Values come from outside the extension, so each one is checked here; a
 * bad value falls back to its default and the console says which key to fix.
 */
import { browser } from 'wxt/browser';
import { isRecord } from './progress/isRecord';

export const MAX_SUPPORT_CONTACT_LENGTH = 200;
/**
 * Chrome answers the first read after the browser starts once its policy service is ready, which can
 * take seconds; past this, the defaults are used rather than holding share links back.
 */
export const POLICY_READ_TIMEOUT_MS = 15_000;

/** Who to ask for help, shown in the popup and options page. `url` is set for https: and mailto: values. */
export interface SupportContact {
  text: string;
  url: string | null;
}

export interface Policy {
  /** On a new install, start the invite tour so it greets the user on Mixpanel. */
  autoStartForNewInstalls: boolean;
  /** The popup and options page hide their reset actions (restart links are refused too). */
  hideReset: boolean;
  supportContact: SupportContact | null;
  /** Share links are ignored: they simply open Mixpanel. */
  disableShareLinks: boolean;
}

export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  autoStartForNewInstalls: false,
  hideReset: false,
  supportContact: null,
  disableShareLinks: false,
});

export interface PolicyProblem {
  key: keyof Policy;
  problem: string;
}

type ValueCheck<T> = (value: unknown) => { value: T } | { problem: string };

const boolean: ValueCheck<boolean> = (value) =>
  typeof value === 'boolean' ? { value } : { problem: 'must be true or false' };

/** Schemes a support contact may link to; anything else that looks like a link is refused. */
const LINK_SCHEMES = new Set(['https:', 'mailto:']);
const OTHER_LINK = /^\s*(?:javascript|data|vbscript|file|blob|http|ftp):/i;

const supportContact: ValueCheck<SupportContact> = (value) => {
  if (typeof value !== 'string') return { problem: 'must be a string' };
  const text = value.trim();
  if (text === '') return { problem: 'is empty' };
  if (text.length > MAX_SUPPORT_CONTACT_LENGTH)
    return { problem: `is longer than ${MAX_SUPPORT_CONTACT_LENGTH} characters` };
  // Control characters would not show, and bidirectional overrides could reorder what is shown.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(text))
    return { problem: 'contains control characters' };
  const url = linkOf(text);
  if (url) return { value: { text, url } };
  if (OTHER_LINK.test(text)) return { problem: 'must be plain text, an https: URL or a mailto: address' };
  return { value: { text, url: null } };
};

function linkOf(text: string): string | null {
  if (/\s/.test(text)) return null;
  try {
    const url = new URL(text);
    if (!LINK_SCHEMES.has(url.protocol)) return null;
    if (url.protocol === 'https:' ? !url.hostname : url.pathname === '') return null;
    return url.href;
  } catch {
    return null;
  }
}

const CHECKS: { [K in keyof Policy]: ValueCheck<NonNullable<Policy[K]>> } = {
  autoStartForNewInstalls: boolean,
  hideReset: boolean,
  supportContact,
  disableShareLinks: boolean,
};

/** Pure: the policy from what `storage.managed` holds. Missing keys take their default silently. */
export function parsePolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const policy: Policy = { ...DEFAULT_POLICY };
  const problems: PolicyProblem[] = [];
  if (!isRecord(raw)) return { policy, problems };
  const set = <K extends keyof Policy>(key: K) => {
    if (raw[key] === undefined || raw[key] === null) return;
    const checked = CHECKS[key](raw[key]);
    if ('value' in checked) policy[key] = checked.value;
    else problems.push({ key, problem: checked.problem });
  };
  (Object.keys(CHECKS) as (keyof Policy)[]).forEach(set);
  return { policy, problems };
}

/** The part of `storage.managed` read here (tests pass a fake). */
export interface ManagedStorageArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

export type ReportPolicyProblem = (problem: PolicyProblem) => void;

// Policy is read on every link and install, so the same bad value would otherwise be logged each time.
const reported = new Set<string>();

/** Logs each bad value once per context (the background, a popup): which key, what is wrong, what is used. */
export const warnPolicyProblemOnce: ReportPolicyProblem = ({ key, problem }) => {
  const id = `${key}: ${problem}`;
  if (reported.has(id)) return;
  reported.add(id);
  console.warn(
    `[invite-guide] policy: "${key}" ${problem}; using the default (${JSON.stringify(DEFAULT_POLICY[key])}).` +
      ' Fix this value in the managed policy of this extension.',
  );
};

/**
 * The enterprise policy in force. Without the managed storage API (some browsers) or without any policy
 * installed (Firefox then rejects the read) every value is its default.
 */
export async function readPolicy(
  area: ManagedStorageArea | undefined = browser.storage?.managed,
  report: ReportPolicyProblem = warnPolicyProblemOnce,
  timeoutMs = POLICY_READ_TIMEOUT_MS,
): Promise<Policy> {
  if (!area) return { ...DEFAULT_POLICY };
  let raw: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    raw = await Promise.race([area.get(null), timeout]);
  } catch {
    return { ...DEFAULT_POLICY }; // Firefox without any policy installed
  } finally {
    clearTimeout(timer);
  }
  if (raw === 'timeout') {
    // A read that never ends would hold every share link back.
    console.warn(
      `[invite-guide] policy: managed storage gave no answer in ${timeoutMs} ms; using the defaults.`,
    );
    return { ...DEFAULT_POLICY };
  }
  const { policy, problems } = parsePolicy(raw);
  problems.forEach(report);
  return policy;
}
