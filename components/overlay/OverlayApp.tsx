import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TourDefinition, TourStep } from '@/tours/types';
import type { ProgressCommand, TourProgress } from '@/utils/progress/types';
import { i18n } from '#i18n';
import { translateKey } from '@/utils/i18n';
import { focusableOf, isUserOperatingControl } from '@/utils/overlay/focus';
import { holdFocus } from '@/utils/overlay/holdFocus';
import { StepCard } from './StepCard';
import { useCardPlacement } from './useCardPlacement';
import { useStepView } from './useStepView';

export interface OverlayAppProps {
  tour: TourDefinition;
  progress: TourProgress | undefined;
  send: (command: ProgressCommand) => void;
  /** Takes the user to a path of the app (a full navigation). */
  navigate: (path: string) => void;
}

const ARROW_SIDE: Record<string, string> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };

/** The tour on the page: spotlight and step card for the current step, driven by stored progress. */
export function OverlayApp({ tour, progress, send, navigate }: OverlayAppProps) {
  const status = progress?.status;
  const [showDone, setShowDone] = useState(false);
  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current === 'in_progress' && status === 'completed') setShowDone(true);
    lastStatus.current = status;
  }, [status]);

  const index = progress ? Math.min(progress.currentStep, tour.steps.length - 1) : 0;
  const step = tour.steps[index];
  if (status === 'in_progress' && progress && step) {
    return (
      <ActiveStep tour={tour} progress={progress} step={step} index={index} send={send} navigate={navigate} />
    );
  }
  if (showDone) {
    return <DoneCard tour={tour} onClose={() => setShowDone(false)} />;
  }
  return null;
}

interface ActiveStepProps extends OverlayAppProps {
  progress: TourProgress;
  step: TourStep;
  index: number;
}

function ActiveStep({ tour, progress, step, index, send, navigate }: ActiveStepProps) {
  const stepDone = progress.done[step.id] !== undefined;
  const isLast = index === tour.steps.length - 1;
  const tourId = tour.id;

  // A step the user already did (they came back to it) is not completed again by the page's state.
  const onComplete = useCallback(
    (stepId: string) => {
      if (!stepDone) send({ type: 'completeStep', tourId, stepId });
    },
    [send, tourId, stepDone],
  );
  const { view, popups } = useStepView(step, onComplete);
  const reference = view.kind === 'anchored' ? view.element : null;

  const cardRef = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<HTMLDivElement>(null);
  const placed = useCardPlacement(reference, cardRef, arrowRef, step.placement);
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

  const focusTarget = () => {
    const target = reference && focusableOf(reference);
    target?.focus();
  };
  const close = () => {
    send({ type: 'dismiss', tourId });
    const back = (reference && focusableOf(reference)) ?? returnFocus.current;
    if (back instanceof HTMLElement) back.focus();
  };
  const back = () => send({ type: 'back', tourId });
  const forward = isLast
    ? {
        label: i18n.t('overlay.finish'),
        onClick: () => {
          if (!stepDone) send({ type: 'completeStep', tourId, stepId: step.id });
          // Steps skipped earlier stay to do; the tour closes and the popup shows what is left.
          if (Object.keys(progress.done).filter((id) => id !== step.id).length < tour.steps.length - 1) {
            send({ type: 'dismiss', tourId });
          }
        },
      }
    : {
        label: i18n.t('overlay.next'),
        onClick: () =>
          send(
            step.completeOn.some((c) => c.kind === 'acknowledge') && !stepDone
              ? { type: 'completeStep', tourId, stepId: step.id }
              : { type: 'next', tourId },
          ),
      };

  const pageName = translateKey(step.page.nameKey);
  let mode: 'anchored' | 'docked' | 'centered' | 'searching' = 'searching';
  let note: React.ReactNode = stepDone ? (
    <span className="done">✓ {i18n.t('overlay.completed')}</span>
  ) : undefined;
  let extraActions: React.ReactNode = null;
  if (view.kind === 'anchored') {
    mode = placed?.referenceHidden ? 'docked' : 'anchored';
    if (mode === 'docked') note = i18n.t('overlay.outOfView');
  } else if (view.kind === 'wrongPage') {
    mode = 'centered';
    note = i18n.t('overlay.wrongPage', [pageName]);
    if (step.page.url) {
      const url = step.page.url;
      extraActions = (
        <button type="button" className="btn" onClick={() => navigate(url)}>
          {i18n.t('overlay.goThere')}
        </button>
      );
    }
  } else if (view.kind === 'notFound') {
    mode = 'centered';
    note = i18n.t('overlay.notFound', [translateKey(step.hintKey)]);
    extraActions = !stepDone && (
      <button
        type="button"
        className="btn"
        onClick={() => send({ type: 'completeStep', tourId, stepId: step.id })}
      >
        {i18n.t('overlay.doneThis')}
      </button>
    );
  } else {
    note = note ?? i18n.t('overlay.searching');
  }

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

  return (
    <>
      {mode === 'anchored' && spot && (
        <div
          className="spotlight"
          aria-hidden="true"
          style={{ top: spot.top - 4, left: spot.left - 4, width: spot.width + 8, height: spot.height + 8 }}
        />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {i18n.t('overlay.announceStep', [
          String(index + 1),
          String(tour.steps.length),
          translateKey(step.titleKey),
        ])}
      </p>
      <StepCard
        cardRef={cardRef}
        arrowRef={arrowRef}
        mode={mode}
        style={{ ...anchoredStyle, ...hiddenUntilPlaced }}
        arrowSide={arrowSide}
        arrowStyle={{
          left: placed?.arrowX,
          top: placed?.arrowY,
          [arrowSide]: -6,
        }}
        stepNumber={index + 1}
        stepCount={tour.steps.length}
        title={translateKey(step.titleKey)}
        body={translateKey(step.bodyKey)}
        note={
          mode === 'docked' ? (
            <>
              {note}{' '}
              <button
                type="button"
                className="btn link"
                onClick={() => reference?.scrollIntoView({ block: 'center' })}
              >
                {i18n.t('overlay.showMe')}
              </button>
            </>
          ) : (
            note
          )
        }
        extraActions={extraActions}
        canGoBack={index > 0}
        forward={forward}
        onBack={back}
        onClose={close}
        onTabToTarget={reference ? focusTarget : undefined}
      />
    </>
  );
}

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function DoneCard({ tour, onClose }: { tour: TourDefinition; onClose: () => void }) {
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
      title={i18n.t('overlay.tourDone')}
      body={i18n.t('overlay.tourDoneBody')}
      canGoBack={false}
      forward={{ label: i18n.t('overlay.finish'), onClick: onClose }}
      onBack={onClose}
      onClose={onClose}
    />
  );
}
