import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { Faq } from '@/components/overlay/Faq';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { i18n } from '#i18n';
import type { SupportContact as Contact } from '@/utils/policy';
import { SupportContact } from '@/components/ui/SupportContact';
import type { ResetWithUndo } from './useResetWithUndo';
import { PageCheck } from '@/components/ui/PageCheck';
import type { TourDefinition } from '@/tours/types';
import type { ProgressState } from '@/utils/progress/types';

export interface PopupFooterProps {
  reset: ResetWithUndo;
  /** There is progress to reset, and the organization's policy allows it. */
  canReset: boolean;
  optionsUrl: string;
  onOpenOptions: () => void;
  practiceUrl: string;
  onOpenPractice: () => void;
  /** Who to ask for help (enterprise policy), shown with the answers. */
  supportContact: Contact | null;
  /** For "Check this page" in the help: every tour, and the progress its report carries. */
  tours: readonly TourDefinition[];
  progress: ProgressState;
}

/**
 * The secondary actions under the steps: reset (confirm first, undo after), the practice sandbox, the FAQ
 * (with the organization's support contact), and the options page.
 */
export function PopupFooter({
  reset,
  canReset,
  optionsUrl,
  onOpenOptions,
  practiceUrl,
  onOpenPractice,
  supportContact,
  tours,
  progress,
}: PopupFooterProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const helpId = useId();
  const helpRef = useRef<HTMLDivElement>(null);
  const resetButtonRef = useRef<HTMLButtonElement>(null);
  const undoButtonRef = useRef<HTMLButtonElement>(null);
  const { phase } = reset;

  // After the reset, focus goes to Undo (where the user is); after a cancel, back to "Reset progress".
  // After an undo, to "Reset progress" as soon as the restored progress is shown.
  const previousPhase = useRef(phase.kind);
  const focusResetWhenShown = useRef(false);
  useEffect(() => {
    if (phase.kind === 'undoable') undoButtonRef.current?.focus();
    if (previousPhase.current === 'confirming' && phase.kind === 'idle') resetButtonRef.current?.focus();
    if (previousPhase.current === 'undoable' && phase.kind === 'restored') focusResetWhenShown.current = true;
    previousPhase.current = phase.kind;
  }, [phase.kind]);
  useEffect(() => {
    if (canReset && focusResetWhenShown.current) {
      focusResetWhenShown.current = false;
      resetButtonRef.current?.focus();
    }
  }, [canReset, phase.kind]);

  useEffect(() => {
    // The popup is short: bring the answers into view once they are shown.
    if (helpOpen) helpRef.current?.scrollIntoView({ block: 'nearest' });
  }, [helpOpen]);

  const openOptions = (event: MouseEvent) => {
    event.preventDefault();
    onOpenOptions();
  };
  const openPractice = (event: MouseEvent) => {
    event.preventDefault();
    onOpenPractice();
  };

  return (
    <footer className="popup-footer">
      {phase.kind === 'confirming' && (
        <InlineConfirm
          question={i18n.t('popup.resetQuestion')}
          confirmLabel={i18n.t('popup.resetConfirm')}
          cancelLabel={i18n.t('popup.cancel')}
          onConfirm={reset.confirm}
          onCancel={reset.cancel}
        />
      )}
      <div
        className="popup-undo"
        role="status"
        onPointerEnter={() => reset.hold(true)}
        onPointerLeave={() => reset.hold(false)}
        onFocus={() => reset.hold(true)}
        onBlur={() => reset.hold(false)}
      >
        {phase.kind === 'undoable' && (
          <div className="notice" data-kind="info">
            <p className="notice-text">{i18n.t('popup.resetDone')}</p>
            <button type="button" className="btn" ref={undoButtonRef} onClick={reset.undo}>
              {i18n.t('popup.undo')}
            </button>
          </div>
        )}
        {phase.kind === 'restored' && (
          <div className="notice" data-kind="success">
            <p className="notice-text">{i18n.t('popup.restored')}</p>
          </div>
        )}
      </div>
      <div className="popup-tools">
        {canReset && phase.kind !== 'confirming' && (
          <button type="button" className="btn btn-quiet" ref={resetButtonRef} onClick={reset.ask}>
            {i18n.t('popup.reset')}
          </button>
        )}
        {/* Wraps as one group when the row is too narrow (long translations, wide fonts). */}
        <div className="popup-tools-end">
          <a
            className="btn btn-quiet"
            href={practiceUrl}
            title={i18n.t('popup.practiceHint')}
            onClick={openPractice}
          >
            {i18n.t('popup.practice')}
          </a>
          <button
            type="button"
            className="btn btn-quiet popup-help-toggle"
            aria-expanded={helpOpen}
            aria-controls={helpId}
            onClick={() => setHelpOpen(!helpOpen)}
          >
            {i18n.t('popup.help')}
            <span className="chevron" aria-hidden="true" />
          </button>
          <a
            className="btn btn-quiet"
            href={optionsUrl}
            title={i18n.t('popup.optionsHint')}
            onClick={openOptions}
          >
            {i18n.t('popup.options')}
          </a>
        </div>
      </div>
      <div id={helpId} ref={helpRef} className="popup-help" hidden={!helpOpen}>
        {helpOpen && (
          <>
            <Faq headingLevel={2} />
            {supportContact && (
              <SupportContact
                contact={supportContact}
                sentence={(contact) => i18n.t('popup.supportContact', [contact])}
              />
            )}
            <section className="popup-page-check" aria-labelledby={`${helpId}-check`}>
              <h2 id={`${helpId}-check`} className="section-label">
                {i18n.t('pageCheck.heading')}
              </h2>
              <p className="popup-about">{i18n.t('pageCheck.intro')}</p>
              <PageCheck tours={tours} progress={progress} headingLevel={3} />
            </section>
          </>
        )}
      </div>
    </footer>
  );
}
