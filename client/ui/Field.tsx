// A labelled form control: the <label> names only the control (explicit for/id), never its options.
import { cloneElement, type ReactElement, useId } from 'react';

export function Field({
  label,
  className = '',
  hideLabel = false,
  children,
}: {
  label: string;
  className?: string;
  hideLabel?: boolean;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {cloneElement(children, { id })}
    </div>
  );
}
