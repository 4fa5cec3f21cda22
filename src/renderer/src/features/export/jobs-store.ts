import { create } from 'zustand'
import type { ExportBatchProgress, ExportJob } from '../../../../shared/export/job'

/** The export queue as main reports it (events), newest batch last. Not part of the document. */
export interface JobsState {
  jobs: Record<string, ExportJob>
  order: string[]
  batches: Record<string, ExportBatchProgress>
  upsertJob(job: ExportJob): void
  upsertBatch(batch: ExportBatchProgress): void
}

export const useJobs = create<JobsState>()((set) => ({
  jobs: {},
  order: [],
  batches: {},
  upsertJob: (job) =>
    set((s) => ({
      jobs: { ...s.jobs, [job.id]: job },
      order: s.order.includes(job.id) ? s.order : [...s.order, job.id]
    })),
  upsertBatch: (batch) => set((s) => ({ batches: { ...s.batches, [batch.batchId]: batch } }))
}))

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
