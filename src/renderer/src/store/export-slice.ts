import type { StateCreator } from 'zustand'
import type { ExportBatchProgress, ExportJob } from '../../../shared/export/job'
import type { StudioState } from './index'

/** The export queue as main reports it (events), in arrival order. Not part of the document. */
export interface ExportSlice {
  jobs: Record<string, ExportJob>
  jobOrder: string[]
  batches: Record<string, ExportBatchProgress>
  upsertJob(job: ExportJob): void
  upsertBatch(batch: ExportBatchProgress): void
}

export const createExportSlice: StateCreator<StudioState, [], [], ExportSlice> = (set) => ({
  jobs: {},
  jobOrder: [],
  batches: {},
  upsertJob: (job) =>
    set((s) => ({
      jobs: { ...s.jobs, [job.id]: job },
      jobOrder: s.jobOrder.includes(job.id) ? s.jobOrder : [...s.jobOrder, job.id]
    })),
  upsertBatch: (batch) => set((s) => ({ batches: { ...s.batches, [batch.batchId]: batch } }))
})
