import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { i18n } from '#i18n';
import { Faq } from './Faq';

export type CardMode = 'anchored' | 'docked' | 'centered' | 'searching';

export interface StepCardProps {
  cardRef: Ref<HTMLDivElement>;
  arrowRef?: Ref<HTMLDivElement>;
  mode: CardMode;
  style?: React.CSSProperties;
  arrowStyle?: React.CSSProperties;
  arrowSide?: string;
  stepNumber: number;
  stepCount: number;
  title: string;
  body: ReactNode;
  /** A disclosure under the body for what not everyone needs to read ("What do these roles mean?"). */
  details?: { summary: string; body: string };
  /** Extra line under the body: the hint, where to go, what went wrong, or that the step is done. */
  note?: ReactNode;
  noteTone?: 'error' | 'done';
  /** Buttons besides Back / Next, e.g. "I've done this" or "Take me there". */
  extraActions?: ReactNode;
  canGoBack: boolean;
  /** "Next", "Finish", or null to hide it (when the step cannot be skipped from here). */
  forward: { label: string; onClick: () => void } | null;
  onBack: () => void;
  onClose: () => void;
  /** Tab past the last button moves focus to the target on the page. */
  onTabToTarget?: () => void;
}

/** The step card: a non-modal dialog named after the step. It renders; the caller decides what happens. */
export function StepCard({ cardRef, arrowRef, ...props }: StepCardProps) {
  const titleId = useId();
  const bodyId = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const { mode, forward, onBack, onClose } = props;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (
      event.key === 'ArrowRight' &&
      forward &&
      !(event.target instanceof HTMLElement && event.target.closest('summary'))
    ) {
      forward.onClick();
    } else if (event.key === 'ArrowLeft' && props.canGoBack) {
      onBack();
    } else if (event.key === 'Tab') {
      // The page's own focus traps (an open modal) must not pull focus out of the card while moving in it.
      event.stopPropagation();
      // Past the card's last button, keyboard focus continues on the thing the step is about.
      const buttons = event.currentTarget.querySelectorAll('button:not(:disabled)');
      if (!event.shiftKey && props.onTabToTarget && event.target === buttons[buttons.length - 1]) {
        event.preventDefault();
        props.onTabToTarget();
      }
    }
  };

  return (
    <div
      ref={cardRef}
      className="card"
      data-floating={mode}
      role="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      style={props.style}
      onKeyDown={onKeyDown}
    >
      {mode === 'anchored' && (
        <div ref={arrowRef} className="arrow" data-side={props.arrowSide} style={props.arrowStyle} />
      )}
      <div className="header">
        <span className="progress">
          {i18n.t('overlay.stepOf', [String(props.stepNumber), String(props.stepCount)])}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={i18n.t('overlay.close')}
          title={i18n.t('overlay.close')}
          onClick={onClose}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M2 2l10 10M12 2L2 12" />
          </svg>
        </button>
      </div>
      <h2 className="title" id={titleId}>
        {props.title}
      </h2>
      <div id={bodyId}>
        <p className="body">{props.body}</p>
        {props.note && (
          <p className="note" data-tone={props.noteTone}>
            {props.note}
          </p>
        )}
      </div>
      {props.details && (
        <details className="details">
          <summary>{props.details.summary}</summary>
          <p>{props.details.body}</p>
        </details>
      )}
      {helpOpen && <Faq />}
      <div className="actions">
        <button
          type="button"
          className="btn link left"
          aria-expanded={helpOpen}
          onClick={() => setHelpOpen((open) => !open)}
        >
          {i18n.t('overlay.help')}
        </button>
        {props.extraActions}
        <button type="button" className="btn" onClick={onBack} disabled={!props.canGoBack}>
          {i18n.t('overlay.back')}
        </button>
        {forward && (
          <button type="button" className="btn primary" onClick={forward.onClick}>
            {forward.label}
          </button>
        )}
      </div>
    </div>
  );
}
