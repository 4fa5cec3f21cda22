import type { ExportJob } from '../../../../shared/export/job'

// The export queue itself lives in the studio store's export slice (store/export-slice.ts); read it
// with useStudio. This file holds the queue's pure helpers.

export const ACTIVE_STATES = new Set(['queued', 'running', 'verifying'])

/** Overall percent over jobs that are not cancelled: finished ones count 100. */
export function overallPercent(jobs: ExportJob[]): number {
  const counted = jobs.filter((j) => j.state !== 'cancelled')
  if (!counted.length) return 0
  const sum = counted.reduce((acc, j) => acc + (j.state === 'done' || j.state === 'failed' ? 100 : j.state === 'verifying' ? 100 : j.percent), 0)
  return Math.round(sum / counted.length)
}

/** 75_000 → "1:15"; null when unknown. */
export function formatEta(ms: number | null): string | null {
  if (ms === null) return null
  const s = Math.ceil(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
