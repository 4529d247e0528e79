import { useId, useRef } from 'react';
import { translateKey } from '@/utils/i18n';
import type { Notice, NoticeKind } from '@/utils/progress/types';

export interface NoticeListProps {
  notices: readonly Notice[];
  onDismiss: (id: string) => void;
  /** Accessible name of the list, e.g. "Notices". */
  label: string;
  dismissLabel: string;
  /** Said before each notice, e.g. "Warning:", so its kind is not told by colour alone. */
  kindLabels: Readonly<Record<NoticeKind, string>>;
}

const KIND_ICONS: Readonly<Record<NoticeKind, string>> = { info: 'i', warning: '!', error: '×' };

/** The background's notices, newest last, each with a Dismiss button. */
export function NoticeList({ notices, onDismiss, label, dismissLabel, kindLabels }: NoticeListProps) {
  const baseId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  // The dismissed notice's button disappears: keep keyboard focus in the list, on a neighbour.
  const dismiss = (index: number, id: string) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const neighbour = buttons[index + 1] ?? buttons[index - 1];
    onDismiss(id);
    neighbour?.focus();
  };

  if (notices.length === 0) return null;
  return (
    <ul className="notice-list" aria-label={label} ref={listRef}>
      {notices.map((notice, index) => {
        const textId = `${baseId}-${index}`;
        return (
          <li key={notice.id} className="notice" data-kind={notice.kind}>
            <span className="notice-icon" aria-hidden="true">
              {KIND_ICONS[notice.kind]}
            </span>
            <p className="notice-text" id={textId}>
              <span className="visually-hidden">{kindLabels[notice.kind]} </span>
              {translateKey(notice.messageKey)}
            </p>
            <button
              type="button"
              className="btn"
              aria-describedby={textId}
              onClick={() => dismiss(index, notice.id)}
            >
              {dismissLabel}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
