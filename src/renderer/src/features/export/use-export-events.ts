import { useEffect } from 'react'
import { client } from '../../app/client'
import { emitSignal } from '../../app/harness'
import { reportError } from '../../app/notify'
import { ACTIVE_STATES } from './job-view'
import { useStudio } from '../../store'

/** While jobs are active, re-read the queue this often: events missed during a reconnect heal. */
const RESYNC_MS = 3000

/** Mirrors main's export queue: the current jobs, then every job and batch event (plus a slow resync while busy). */
export function useExportEvents(): void {
  useEffect(() => {
    const c = client()
    const offJob = c.on('export.job', (job) => {
      useStudio.getState().upsertJob(job)
      if (job.state === 'done' || job.state === 'failed' || job.state === 'cancelled') {
        emitSignal('export-job', {
          id: job.id,
          state: job.state,
          outputPath: job.outputPath,
          error: job.error?.message
        })
      }
    })
    const offBatch = c.on('export.batch', (batch) => {
      useStudio.getState().upsertBatch(batch)
      if (batch.done + batch.failed + batch.cancelled === batch.total) emitSignal('export-batch-finished', { ...batch })
      // The manifest is written after the last job settles, and arrives in a later batch event.
      if (batch.manifestPath)
        emitSignal('export-manifest', {
          batchId: batch.batchId,
          manifestPath: batch.manifestPath,
          reportPath: batch.reportPath
        })
      // The files are exported but their proof is not: say so instead of showing no manifest silently.
      if (batch.manifestError) reportError(new Error(batch.manifestError))
    })
    const resync = () =>
      c['export.jobs']({})
        .then(({ jobs }) => jobs.forEach((j) => useStudio.getState().upsertJob(j)))
        .catch(reportError)
    void resync() // .catch(reportError) above
    const timer = setInterval(() => {
      const { jobs } = useStudio.getState()
      if (Object.values(jobs).some((j) => ACTIVE_STATES.has(j.state))) void resync()
    }, RESYNC_MS)
    return () => {
      offJob()
      offBatch()
      clearInterval(timer)
    }
  }, [])
}
