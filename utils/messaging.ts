/**
 * The one messaging layer: typed requests from the popup, options page and content scripts to the
 * background, each answered with a reply. Every message is `{ channel: 'invite-guide', type, payload }`;
 * the receiving side validates all of it and ignores anything that is not ours.
 */
import { browser, type Browser } from 'wxt/browser';
import { isRecord } from './progress/isRecord';
import { isId, isStepIndex, parseCommand } from './progress/parseCommand';
import { parseProgressState } from './progress/parseProgress';
import type { Notice, ProgressCommand, ProgressState } from './progress/types';
import type { Policy } from './policy';
import type { ShareLinkParams } from './shareLinkParams';
import { isLearnablePath, type LearnedPlaces } from './learnedPlaces';
import { parseStepTimings, type StepTimings } from './progress/stepTimings';
import { parseStrategyNames, type NotFoundEvent, type StrategyName } from './pageCheck/notFoundEvents';
import type { TourCheck } from './pageCheck/checkResults';

export const MESSAGE_CHANNEL = 'invite-guide';

export interface StartTourPayload {
  tourId: string;
  /** 0-based step to start at; without it the tour resumes (or begins at its first step to do). */
  step?: number;
  /** Clear the tour and begin it again at step 1, in one command (no `step` with it). */
  restart?: true;
}

/** Which reset to undo: a tour's (its id) or, without `tourId`, the reset of every tour. */
export interface UndoResetPayload {
  tourId?: string;
}

/**
 * A share-link marker exactly as found in the URL: every value of `guide`, `guide-step` and
 * `guide-action`, untrusted, checked by the background (`utils/shareLink.ts`).
 */
export type ShareLinkPayload = ShareLinkParams;

/** What became of a share link the loader found. */
export type ShareLinkOutcome =
  /** The page is a sign-in page: the link is kept for the tab's next page (the loader keeps it too). */
  | { outcome: 'waits' }
  /** Applied, or put to the user on this page (the background injected the overlay with the question). */
  | { outcome: 'used' }
  /** Refused; nothing changed. The loader shows `notice` on the page, as text. */
  | { outcome: 'invalid'; notice: { text: string; dismissLabel: string } }
  /** Share links are turned off by policy: the link just opens Mixpanel. */
  | { outcome: 'ignored' };

/** Every request: what it carries and what a successful reply adds to `{ ok: true }`. */
export interface Requests {
  /** Change progress. Errors: `unknownTour`. */
  command: { payload: ProgressCommand; reply: { state: ProgressState; changed: boolean } };
  getProgress: { payload: undefined; reply: { state: ProgressState } };
  /** From a content script: inject the overlay into the sender's tab and frame. Errors: `noTab`. */
  ensureOverlay: { payload: undefined; reply: { injected: boolean } };
  /**
   * From the popup: start (or resume) a tour in the active Mixpanel tab, or in a new tab at the tour's
   * start page; with `restart`, reset and start are one command. Errors: `unknownTour`, `stepOutOfRange`.
   */
  startTour: {
    payload: StartTourPayload;
    reply: { state: ProgressState; tabId: number; openedNewTab: boolean };
  };
  /**
   * From the loader: a share link was opened. The background checks it, decides, and shows the tour in
   * the sender's frame: the overlay, with the question when following the link would move or reset
   * progress. The loader then asks for nothing else. Errors: `noTab`.
   */
  shareLink: { payload: ShareLinkPayload; reply: ShareLinkOutcome };
  /** From the overlay: the user's choice on the offer made at `at`. Errors: `noPendingLink`. */
  answerShareLink: {
    payload: { at: number; accept: boolean };
    reply: { state: ProgressState; changed: boolean };
  };
  /**
   * From the popup and the options page: undo the last reset of a tour (or of all tours). The background
   * kept what the reset cleared; it brings that back and keeps what was done since. Errors: `unknownTour`,
   * `nothingToUndo`.
   */
  undoReset: { payload: UndoResetPayload; reply: { state: ProgressState } };
  /** The enterprise policy in force (for the popup and options page). */
  getPolicy: { payload: undefined; reply: { policy: Policy } };
  dismissNotice: { payload: { id: string }; reply: { notices: Notice[] } };
  /**
   * From the options page (import of a backup file): replace all stored progress with this, already
   * validated, state. Errors: `invalidProgress`.
   */
  importProgress: { payload: ProgressState; reply: { state: ProgressState } };
  /**
   * From the overlay: the sender's page was proven (by its landmarks) to be `page` of the tour at `path`,
   * or, with `page` null, only that the user is on this host. Errors: `notMixpanel`.
   */
  learnPlace: { payload: LearnPlacePayload; reply: { places: LearnedPlaces } };
  /** What the guide learned of the app's addresses (for share links and "open it"). */
  getLearnedPlaces: { payload: undefined; reply: { places: LearnedPlaces } };
  /**
   * From the overlay: the card of a step of the running tour became visible (for the step timings).
   * `recorded` is false when the tour is not running. Errors: `unknownTour`, `unknownStep`.
   */
  stepShown: { payload: StepShownPayload; reply: { recorded: boolean } };
  /** The kept step timings (for the options page's export). */
  getStepTimings: { payload: undefined; reply: { timings: StepTimings } };
  /** From the options page (import of a backup file): replace the step timings with these, validated. */
  importStepTimings: { payload: StepTimings; reply: { timings: StepTimings } };
  /**
   * From the overlay: a step's target was not found on the page (once per step shown). The background
   * keeps it, with the time, among the last 20. Errors: `unknownStep`.
   */
  notFound: { payload: NotFoundPayload; reply: object };
  /**
   * From the popup and the options page: run every step of every tour against the Mixpanel tab in front
   * (see `utils/background/checkPage.ts`). Errors: `notMixpanel`, `checkFailed`.
   */
  checkPage: { payload: undefined; reply: PageCheckReply };
}

export interface StepShownPayload {
  tourId: string;
  stepId: string;
}

/** A step's target not found: which step, and the kinds of strategy that missed. Nothing else. */
export interface NotFoundPayload {
  tourId: string;
  stepId: string;
  strategies: StrategyName[];
}

export interface PageCheckReply {
  /** The checked tab's host only (no path, no query string). */
  host: string;
  checkedAt: number;
  tours: TourCheck[];
  /** The last not-found events, oldest first. */
  events: NotFoundEvent[];
}

export interface LearnPlacePayload {
  tourId: string;
  page: string | null;
  path: string | null;
}

export type RequestType = keyof Requests;
export type RequestPayload<T extends RequestType> = Requests[T]['payload'];
/**
 * Every reply. `error` is a short code (see `Requests`), `noReply` when nobody answered, or the message
 * of an unexpected exception.
 */
export type Reply<T extends RequestType> =
  ({ ok: true } & Requests[T]['reply']) | { ok: false; error: string };

export interface RequestMessage<T extends RequestType = RequestType> {
  channel: typeof MESSAGE_CHANNEL;
  type: T;
  payload: RequestPayload<T>;
}

export type MessageSender = Browser.runtime.MessageSender;

export type RequestHandler<T extends RequestType> = (
  payload: RequestPayload<T>,
  sender: MessageSender,
) => Reply<T> | Promise<Reply<T>>;

export type RequestHandlers = { [T in RequestType]?: RequestHandler<T> };

/** Requests without a payload take no second argument. */
type PayloadArgs<T extends RequestType> =
  RequestPayload<T> extends undefined ? [] : [payload: RequestPayload<T>];

/**
 * Sends a request to the background and resolves with its reply. Never rejects: a closed or missing
 * receiver becomes `{ ok: false, error }`, so callers handle one failure path.
 */
export async function sendRequest<T extends RequestType>(
  type: T,
  ...[payload]: PayloadArgs<T>
): Promise<Reply<T>> {
  const message: RequestMessage<T> = {
    channel: MESSAGE_CHANNEL,
    type,
    payload: payload as RequestPayload<T>,
  };
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!isRecord(reply) || typeof reply.ok !== 'boolean') return { ok: false, error: 'noReply' };
    // Only this extension's background answers on our channel (see onRequest), so the shape is ours.
    return reply as Reply<T>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Shorthand for the most common request. */
export function sendCommand(command: ProgressCommand): Promise<Reply<'command'>> {
  return sendRequest('command', command);
}

/** For a reply: warns when the background refused what was sent (it then changed nothing). */
export const warnIfRefused =
  (what: string) =>
  (reply: { ok: true } | { ok: false; error: string }): void => {
    if (!reply.ok) console.warn(`overlay: the background refused "${what}": ${reply.error}`);
  };

/**
 * Answers requests with the given handlers (in the background). Messages from other extensions or web
 * pages, of another channel, of a type without a handler, or with an invalid payload are left alone.
 * Returns the unsubscribe.
 */
export function onRequest(
  handlers: RequestHandlers,
  runtime: typeof browser.runtime = browser.runtime,
): () => void {
  const listener = (
    message: unknown,
    sender: MessageSender,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (sender.id !== runtime.id) return undefined;
    const request = parseRequest(message);
    if (!request) return undefined;
    const reply = dispatch(handlers, request, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => {
      console.error(`[invite-guide] messaging: the "${request.type}" handler failed`, error);
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) });
    });
    // Keeps the channel open for the asynchronous reply (understood by Chrome, Firefox and the polyfill).
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

function dispatch<T extends RequestType>(
  handlers: RequestHandlers,
  request: RequestMessage<T>,
  sender: MessageSender,
): Promise<Reply<T>> | null {
  const handler: RequestHandler<T> | undefined = handlers[request.type];
  if (!handler) return null;
  return Promise.resolve().then(() => handler(request.payload, sender));
}

type PayloadParsers = { [T in RequestType]: (raw: unknown) => { value: RequestPayload<T> } | null };

const PAYLOAD_PARSERS: PayloadParsers = {
  command: (raw) => {
    const command = parseCommand(raw);
    return command ? { value: command } : null;
  },
  getProgress: parseNoPayload,
  ensureOverlay: parseNoPayload,
  startTour: (raw) => {
    if (!isRecord(raw) || !isId(raw.tourId)) return null;
    if (raw.restart === true)
      return raw.step === undefined ? { value: { tourId: raw.tourId, restart: true } } : null;
    if (raw.restart !== undefined) return null;
    if (raw.step === undefined) return { value: { tourId: raw.tourId } };
    return isStepIndex(raw.step) ? { value: { tourId: raw.tourId, step: raw.step } } : null;
  },
  undoReset: (raw) => {
    if (!isRecord(raw)) return null;
    if (raw.tourId === undefined) return { value: {} };
    return isId(raw.tourId) ? { value: { tourId: raw.tourId } } : null;
  },
  shareLink: (raw) => {
    if (!isRecord(raw)) return null;
    const [guide, step, action] = [raw.guide, raw.step, raw.action].map(parseRawValues);
    return guide && step && action ? { value: { guide, step, action } } : null;
  },
  answerShareLink: (raw) =>
    isRecord(raw) && isTime(raw.at) && typeof raw.accept === 'boolean'
      ? { value: { at: raw.at, accept: raw.accept } }
      : null,
  getPolicy: parseNoPayload,
  dismissNotice: (raw) => (isRecord(raw) && isId(raw.id) ? { value: { id: raw.id } } : null),
  // Only a state that needs no repair: an import never changes silently. The background checks the
  // steps against its tours again.
  importProgress: (raw) => {
    const { state, problems } = parseProgressState(raw);
    return problems.length === 0 ? { value: state } : null;
  },
  learnPlace: (raw) => {
    if (!isRecord(raw) || !isId(raw.tourId)) return null;
    const { page, path } = raw;
    if (page === null && path === null) return { value: { tourId: raw.tourId, page: null, path: null } };
    if (typeof page !== 'string' || !/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(page) || !isLearnablePath(path))
      return null;
    return { value: { tourId: raw.tourId, page, path } };
  },
  getLearnedPlaces: parseNoPayload,
  stepShown: (raw) =>
    isRecord(raw) && isId(raw.tourId) && isId(raw.stepId)
      ? { value: { tourId: raw.tourId, stepId: raw.stepId } }
      : null,
  getStepTimings: parseNoPayload,
  importStepTimings: (raw) => {
    const timings = parseStepTimings(raw);
    return timings ? { value: timings } : null;
  },
  notFound: (raw) => {
    if (!isRecord(raw) || !isId(raw.tourId) || !isId(raw.stepId)) return null;
    if (Object.keys(raw).some((key) => !NOT_FOUND_KEYS.has(key))) return null;
    const strategies = parseStrategyNames(raw.strategies);
    return strategies ? { value: { tourId: raw.tourId, stepId: raw.stepId, strategies } } : null;
  },
  checkPage: parseNoPayload,
};

/** A not-found report carries these fields and no other (no selector text, no page text). */
const NOT_FOUND_KEYS = /* @__PURE__ */ new Set(['tourId', 'stepId', 'strategies']);

/** A message of ours with a valid payload, rebuilt from the known fields only; otherwise null. */
export function parseRequest(message: unknown): RequestMessage | null {
  if (!isRecord(message) || message.channel !== MESSAGE_CHANNEL) return null;
  // Looked up here, not in a module-level list: content scripts that only send leave the parsers out.
  const type = typeof message.type === 'string' && Object.hasOwn(PAYLOAD_PARSERS, message.type);
  return type ? parseRequestOfType(message.type as RequestType, message.payload) : null;
}

function parseRequestOfType<T extends RequestType>(type: T, rawPayload: unknown): RequestMessage<T> | null {
  const parsePayload: PayloadParsers[T] = PAYLOAD_PARSERS[type];
  const parsed = parsePayload(rawPayload);
  return parsed ? { channel: MESSAGE_CHANNEL, type, payload: parsed.value } : null;
}

function parseNoPayload(raw: unknown): { value: undefined } | null {
  return raw === undefined || raw === null ? { value: undefined } : null;
}

/**
 * A link's raw values, trimmed to what can still be judged: two values are enough to see one repeated,
 * and a value cut past the share-link limit still reads as too long. Any other shape is not ours.
 */
function parseRawValues(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || !raw.every((value) => typeof value === 'string')) return null;
  return raw.slice(0, 2).map((value: string) => value.slice(0, 1000));
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
