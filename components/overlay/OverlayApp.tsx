import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { TourDefinition, TourStep } from '@/tours/types';
import type { ProgressCommand, TourProgress } from '@/utils/progress/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { cardActions, finishedByHand, type CardExtra } from '@/utils/engine/cardActions';
import type { StepView } from '@/utils/engine/stepFacts';
import { focusableOf, isUserOperatingControl } from '@/utils/overlay/focus';
import { holdFocus } from '@/utils/overlay/holdFocus';
import type { TabMemory } from '@/utils/overlay/stepSession';
import type { StrategyMiss } from '@/utils/locator';
import { sendRequest } from '@/utils/messaging';
import { strategyNamesOf } from '@/utils/pageCheck/notFoundEvents';
import { StepCard, type CardMode } from './StepCard';
import { useCardPlacement } from './useCardPlacement';
import { useStepView } from './useStepView';

export interface OverlayAppProps {
  tour: TourDefinition;
  progress: TourProgress | undefined;
  send: (command: ProgressCommand) => void;
  /** Takes the user to a path of the app (a full navigation). */
  navigate: (path: string) => void;
  /** What the overlay remembers in this tab for the whole tour (never stored). */
  memory: TabMemory;
  /** The address to open a page of the tour at, if any is known (learned here, else documented). */
  pathOfPage: (pageKey: string) => string | undefined;
  /** A page of the tour was proven by its landmarks at `path`. */
  onPageProven: (pageKey: string, path: string) => void;
  /** A step's card became visible (for the local step timings). */
  onStepShown?: (stepId: string) => void;
}

const ARROW_SIDE: Record<string, string> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/**
 * A length in pixels as a string: the content script renders with Preact's core, which (unlike React)
 * does not add `px` to numbers in `style`.
 */
function px(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `${value}px`;
}

/** The tour on the page: spotlight and step card for the current step, driven by stored progress. */
export function OverlayApp(props: OverlayAppProps) {
  const { tour, progress } = props;
  const status = progress?.status;
  const [done, setDone] = useState<{ byHand: boolean } | null>(null);
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current === 'in_progress' && status === 'completed' && progress)
      setDone({ byHand: finishedByHand(progress) });
    lastStatus.current = status;
  }, [status, progress]);

  const index = progress ? Math.min(progress.currentStep, tour.steps.length - 1) : 0;
  const step = tour.steps[index];
  if (status === 'in_progress' && progress && step) {
    return <ActiveStep {...props} progress={progress} index={index} step={step} />;
  }
  if (done) return <DoneCard tour={tour} byHand={done.byHand} onClose={() => setDone(null)} />;
  return null;
}

interface ActiveStepProps extends OverlayAppProps {
  progress: TourProgress;
  index: number;
  step: TourStep;
}

function ActiveStep(props: ActiveStepProps) {
  const { tour, progress, index, step, send, navigate, memory, pathOfPage } = props;
  const tourId = tour.id;
  const stepDone = Object.hasOwn(progress.done, step.id);

  const handlers = useMemo(
    () => ({
      onComplete: (stepId: string) => send({ type: 'completeStep', tourId, stepId }),
      onResume: (stepIndex: number) => send({ type: 'goTo', tourId, step: stepIndex }),
      onPageProven: props.onPageProven,
      // Support sees these in "Check this page": step, tour and the kinds of strategy that missed only.
      onNotFound: (stepId: string, misses: readonly StrategyMiss[]) =>
        void sendRequest('notFound', { tourId, stepId, strategies: strategyNamesOf(misses) }),
    }),
    [send, tourId, props.onPageProven],
  );
  const { view, popups, guide } = useStepView(tour, index, progress, memory, handlers);
  const reference = 'element' in view ? view.element : null;
  const placement = view.kind === 'guiding' ? (view.placement ?? step.placement) : step.placement;

  const cardRef = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<HTMLDivElement>(null);
  const placed = useCardPlacement(reference, cardRef, arrowRef, placement);
  const returnFocus = useRef<Element | null>(null);

  // A drop-down the user opened under the card wins: the card fades and lets clicks through until it closes.
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const box = card.getBoundingClientRect();
    card.toggleAttribute(
      'data-dodging',
      popups.some((popup) => intersects(popup.getBoundingClientRect(), box)),
    );
  }, [popups, placed]);

  const actions = cardActions({
    tour,
    progress,
    index,
    view,
    pagePath: step.page === undefined ? undefined : pathOfPage(step.page),
  });
  const run = useCallback((commands: readonly ProgressCommand[]) => commands.forEach(send), [send]);
  const runExtra = (extra: CardExtra) => {
    if (extra.id === 'guide') guide();
    else if (extra.id === 'openPage') navigate(extra.path);
    else run(extra.commands);
  };

  const close = () => {
    send({ type: 'dismiss', tourId });
    const back = (reference && focusableOf(reference)) ?? returnFocus.current;
    if (back instanceof HTMLElement) back.focus();
  };

  const content = cardContent(step, view, stepDone);
  const mode: CardMode = reference ? (placed?.referenceHidden ? 'docked' : 'anchored') : content.mode;
  const side = placed?.placement.split('-')[0] ?? 'bottom';
  const arrowSide = ARROW_SIDE[side] ?? 'top';
  const anchoredStyle =
    mode === 'anchored' && placed
      ? { transform: `translate(${Math.round(placed.x)}px, ${Math.round(placed.y)}px)` }
      : undefined;
  // Until the first placement is computed, keep the card invisible rather than flashing it in a corner.
  const hiddenUntilPlaced = mode === 'anchored' && !placed ? { visibility: 'hidden' as const } : undefined;
  const spot = placed?.reference;
  // While searching the card only appears after a moment (CSS), so it does not flash between steps.
  const cardVisible = mode === 'anchored' ? placed !== null : mode !== 'searching';

  const shown = useRef<number | null>(null);
  const onStepShown = props.onStepShown;
  useEffect(() => {
    if (cardVisible && shown.current !== index) {
      shown.current = index;
      onStepShown?.(step.id);
    }
  }, [cardVisible, index, step.id, onStepShown]);

  // Focus moves into the card once per step, when it is first visible (a hidden element cannot take
  // focus), unless the user is typing or picking on the page: their keystrokes must stay theirs.
  const focusedStep = useRef<number | null>(null);
  useEffect(() => {
    if (!cardVisible || focusedStep.current === index) return;
    focusedStep.current = index;
    if (!returnFocus.current) returnFocus.current = document.activeElement;
    // A step done on the card itself (reading, then Next) takes focus even from a form field.
    const actsOnCard = step.completeOn.every((c) => c.kind === 'acknowledge');
    const card = cardRef.current;
    if (card && (actsOnCard || !isUserOperatingControl())) return holdFocus(card);
  }, [cardVisible, index, step]);

  let note = content.note;
  if (mode === 'docked') {
    note = (
      <>
        {i18n.t('overlay.outOfView')}{' '}
        <button
          type="button"
          className="btn link"
          onClick={() => reference?.scrollIntoView({ block: 'center' })}
        >
          {i18n.t('overlay.showMe')}
        </button>
      </>
    );
  }

  return (
    <>
      {mode === 'anchored' && spot && (
        <div
          className="spotlight"
          aria-hidden="true"
          style={{
            top: px(spot.top - 4),
            left: px(spot.left - 4),
            width: px(spot.width + 8),
            height: px(spot.height + 8),
          }}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {content.announce ??
          i18n.t('overlay.announceStep', [String(index + 1), String(tour.steps.length), content.title])}
      </p>
      <StepCard
        cardRef={cardRef}
        arrowRef={arrowRef}
        mode={mode}
        style={{ ...anchoredStyle, ...hiddenUntilPlaced }}
        arrowSide={arrowSide}
        arrowStyle={{ left: px(placed?.arrowX), top: px(placed?.arrowY), [arrowSide]: '-6px' }}
        stepNumber={index + 1}
        stepCount={tour.steps.length}
        title={content.title}
        body={content.body}
        details={content.details}
        note={note}
        noteTone={content.tone}
        extraActions={actions.extras.map((extra) => (
          <button key={extra.id} type="button" className="btn" onClick={() => runExtra(extra)}>
            {i18n.t(extra.labelKey as 'overlay.doneThis')}
          </button>
        ))}
        canGoBack={actions.back !== null}
        forward={{
          label: translateKey(actions.forward.labelKey),
          onClick: () => run(actions.forward.commands),
        }}
        onBack={() => actions.back && run(actions.back)}
        onClose={close}
        onTabToTarget={reference ? () => focusableOf(reference)?.focus() : undefined}
      />
    </>
  );
}

interface CardContent {
  mode: CardMode;
  title: string;
  body: string;
  details?: { summary: string; body: string };
  note?: ReactNode;
  tone?: 'error' | 'done';
  /** What the live region says, when it is more than the step's title. */
  announce?: string;
}

/** The words of the card for what it shows (text only: page text such as an error is never markup). */
function cardContent(step: TourStep, view: StepView, done: boolean): CardContent {
  const title = translateKey(step.titleKey);
  const body = translateKey(step.bodyKey);
  const details = step.details && {
    summary: translateKey(step.details.summaryKey),
    body: translateKey(step.details.bodyKey),
  };
  const base: CardContent = {
    mode: 'searching',
    title,
    body,
    details,
    note: done ? <span className="done">✓ {i18n.t('overlay.completed')}</span> : undefined,
    tone: done ? 'done' : undefined,
  };
  const pageName = (key: string) => (key ? translateKey(key) : '');
  const sent = step.completeOn.find((c) => c.kind === 'sent');
  switch (view.kind) {
    case 'searching':
      return { ...base, note: base.note ?? i18n.t('overlay.searching') };
    case 'anchored':
      return base;
    case 'wrongPage':
      return {
        ...base,
        mode: 'centered',
        note: i18n.t('overlay.wrongPage', [pageName(view.pageKey)]),
        tone: undefined,
      };
    case 'guiding': {
      const hint = translateKey(view.hintKey);
      return {
        ...base,
        title: i18n.t('overlay.onTheWay', [pageName(view.pageKey)]),
        body: hint,
        details: undefined,
        note: undefined,
        tone: undefined,
        announce: `${i18n.t('overlay.onTheWay', [pageName(view.pageKey)])}: ${hint}`,
      };
    }
    case 'noWay':
      return {
        ...base,
        mode: 'centered',
        note: i18n.t('overlay.noWay', [pageName(view.pageKey)]),
        tone: undefined,
      };
    case 'needs': {
      const message = translateKey(view.messageKey);
      return { ...base, mode: 'centered', note: message, tone: undefined, announce: message };
    }
    case 'sendFailed': {
      const hintKey =
        sent?.kind === 'sent' ? (view.rateLimited ? sent.rateLimitedHintKey : sent.failedHintKey) : '';
      const message = view.error ? i18n.t('overlay.notSent', [view.error]) : i18n.t('overlay.notSentField');
      return {
        ...base,
        mode: 'centered',
        note: (
          <>
            <strong>{message}</strong> {hintKey && translateKey(hintKey)}
          </>
        ),
        tone: 'error',
        announce: message,
      };
    }
    case 'confirming':
      return {
        ...base,
        mode: 'centered',
        note: i18n.t(view.waitedTooLong ? 'overlay.notConfirmed' : 'overlay.confirming'),
        tone: undefined,
      };
    case 'unsure':
      return { ...base, note: i18n.t('overlay.unsure'), tone: undefined };
    case 'notFound':
      return {
        ...base,
        mode: 'centered',
        note: i18n.t('overlay.notFound', [translateKey(step.hintKey)]),
        tone: undefined,
      };
  }
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function DoneCard({ tour, byHand, onClose }: { tour: TourDefinition; byHand: boolean; onClose: () => void }) {
  const cardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isUserOperatingControl()) cardRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <StepCard
      cardRef={cardRef}
      mode="centered"
      stepNumber={tour.steps.length}
      stepCount={tour.steps.length}
      title={translateKey(byHand ? tour.doneKeys.titleByHand : tour.doneKeys.title)}
      body={translateKey(byHand ? tour.doneKeys.bodyByHand : tour.doneKeys.body)}
      canGoBack={false}
      forward={{ label: i18n.t('overlay.finish'), onClick: onClose }}
      onBack={onClose}
      onClose={onClose}
    />
  );
}
