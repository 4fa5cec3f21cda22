// The export queue itself lives in the studio store's export slice (store/export-slice.ts); read it
// with useStudio. This file holds the queue's pure helpers; overall percent is shared with the export
// queue (src/shared/export/overall-progress.ts).

export const ACTIVE_STATES = new Set(['queued', 'running', 'verifying'])

/** 75_000 → "1:15"; null when unknown. */
export function formatEta(ms: number | null): string | null {
  if (ms === null) return null
  const s = Math.ceil(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
