// When the control a player just used disappears (e.g. "Done negotiating" turns into a status line),
// the keyboard focus would drop to the page body: hand it to this element instead.
import { type RefObject, useEffect } from 'react';

export function useRescueFocus(ref: RefObject<HTMLElement | null>, when = true): void {
  useEffect(() => {
    if (!when) return;
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, [ref, when]);
}
