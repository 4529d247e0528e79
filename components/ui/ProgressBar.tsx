export interface ProgressBarProps {
  value: number;
  max: number;
  /** Accessible name, e.g. "Tour progress". */
  label: string;
  /** What a screen reader says instead of a percentage, e.g. "3 of 8 steps done". */
  valueText: string;
}

/** A determinate progress bar; the text beside it carries the same numbers for sighted users. */
export function ProgressBar({ value, max, label, valueText }: ProgressBarProps) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
      data-complete={max > 0 && value >= max ? '' : undefined}
    >
      <div className="progress-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
