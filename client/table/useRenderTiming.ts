// How long the table takes from a received state to its committed DOM: a performance.measure per update,
// read by the browser tests (the table should react to a move within one frame of work).
import { useLayoutEffect } from 'react';
import { RENDER_MEASURE, UPDATE_MARK } from './matchConnection.ts';

export function useRenderTiming(stateID: number): void {
  useLayoutEffect(() => {
    if (stateID < 0 || performance.getEntriesByName(UPDATE_MARK, 'mark').length === 0) return;
    performance.measure(RENDER_MEASURE, UPDATE_MARK);
    performance.clearMarks(UPDATE_MARK);
  }, [stateID]);
}
