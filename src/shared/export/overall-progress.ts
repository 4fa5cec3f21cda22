import type { ExportJob } from './job'

/**
 * The one definition of a batch's (or the studio queue's) overall percent, used by the export queue
 * (ExportBatchProgress.percent, the CLI's "overall" line) and the studio's queue panel.
 *
 * - Cancelled jobs are left out: they are no longer work to do, so cancelling one never makes the
 *   bar jump forward or back.
 * - Done and failed jobs count as finished (100): their work is over either way.
 * - Verifying counts 100: the encode is over; verification is shown as its own state.
 * - Queued and running jobs count their encode percent.
 * - Nothing left to count (no jobs, or every one cancelled) is 0.
 *
 * Rounded to one decimal (ExportBatchProgress carries it); views round again for display.
 */
export function overallPercent(jobs: readonly Pick<ExportJob, 'state' | 'percent'>[]): number {
  const counted = jobs.filter((j) => j.state !== 'cancelled')
  if (counted.length === 0) return 0
  const sum = counted.reduce((acc, j) => acc + jobPercent(j), 0)
  return Math.round((sum / counted.length) * 10) / 10
}

function jobPercent(job: Pick<ExportJob, 'state' | 'percent'>): number {
  switch (job.state) {
    case 'done':
    case 'failed':
    case 'verifying':
      return 100
    default:
      return job.percent
  }
}
