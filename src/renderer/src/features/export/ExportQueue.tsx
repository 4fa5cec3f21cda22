import { useTranslation } from 'react-i18next'
import { client } from '../../app/client'
import { reportError } from '../../app/notify'
import { overallPercent } from '../../../../shared/export/overall-progress'
import { ACTIVE_STATES } from './job-view'
import { useStudio } from '../../store'
import { JobRow } from './JobRow'

/** The queue: overall progress, every job, Cancel all / Retry failed, the manifest when done. */
export function ExportQueue() {
  const { t } = useTranslation()
  const jobsById = useStudio((s) => s.jobs)
  const order = useStudio((s) => s.jobOrder)
  const batches = useStudio((s) => s.batches)
  const jobs = order.map((id) => jobsById[id])
  if (!jobs.length) return <p className="hint">{t('export.queueEmpty')}</p>
  // The queue's own definition (one decimal), shown as a whole number.
  const overall = Math.round(overallPercent(jobs))
  const active = jobs.filter((j) => ACTIVE_STATES.has(j.state))
  const failed = jobs.filter((j) => j.state === 'failed')
  const manifests = Object.values(batches).filter((b) => b.manifestPath)
  const retryFailed = () => Promise.all(failed.map((j) => client()['export.retry']({ jobId: j.id }))).catch(reportError)
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h3 id="queue-title">{t('export.queueTitle')}</h3>
      <div className="queue-overall">
        <span id="overall-label">{t('export.overall', { percent: overall })}</span>
        <div
          className="progress"
          role="progressbar"
          aria-labelledby="overall-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={overall}
        >
          <div className="progress-fill" style={{ inlineSize: `${overall}%` }} />
        </div>
      </div>
      <div className="queue-actions">
        <button
          type="button"
          disabled={!active.length}
          onClick={() =>
            Promise.all(
              [...new Set(active.map((j) => j.batchId))].map((batchId) => client()['export.cancel']({ batchId }))
            ).catch(reportError)
          }
        >
          {t('export.cancelAll')}
        </button>
        {failed.length > 0 && (
          <button type="button" onClick={retryFailed}>
            {t('export.retryFailed', { count: failed.length })}
          </button>
        )}
      </div>
      <ul className="job-list">
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
      {manifests.map((b) => (
        <div key={b.batchId}>
          <p className="manifest" data-testid="manifest-path">
            {t('export.manifest')}{' '}
            <span className="path" dir="ltr">
              {b.manifestPath}
            </span>
          </p>
          {b.reportPath && (
            <p className="manifest" data-testid="report-path">
              {t('export.report')}{' '}
              <span className="path" dir="ltr">
                {b.reportPath}
              </span>
            </p>
          )}
        </div>
      ))}
    </section>
  )
}
