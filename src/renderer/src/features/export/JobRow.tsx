import { useTranslation } from 'react-i18next'
import type { ExportJob, ExportJobState } from '../../../../shared/export/job'
import { client } from '../../app/client'
import { reportError } from '../../app/notify'
import { ACTIVE_STATES, formatEta } from './job-view'
import type { CommonKey } from '../../i18n/keys'

const STATE_KEYS: Record<ExportJobState, CommonKey> = {
  queued: 'export.state.queued',
  running: 'export.state.running',
  verifying: 'export.state.verifying',
  done: 'export.state.done',
  failed: 'export.state.failed',
  cancelled: 'export.state.cancelled'
}

export function JobRow({ job }: { job: ExportJob }) {
  const { t } = useTranslation()
  const labelId = `job-${job.id}`
  const percent = job.state === 'done' || job.state === 'verifying' ? 100 : Math.round(job.percent)
  const eta = job.state === 'running' ? formatEta(job.etaMs) : null
  return (
    <li className={`job job-${job.state}`} data-job-id={job.id} data-state={job.state}>
      <div className="job-head">
        <span id={labelId} className="job-title">
          {t('export.jobLabel', { clip: job.clipTitle, locale: job.locale })}
        </span>
        <span className="job-state">{t(STATE_KEYS[job.state])}</span>
        {job.worker && <span className="job-worker">{t('export.onWorker', { name: job.worker })}</span>}
        {eta && <span className="job-eta">{t('export.eta', { eta })}</span>}
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      {job.restartedAfterCancel && job.restartedAfterCancel.length > 0 && (
        // Its shared ffmpeg run was stopped for a cancelled sibling: say why the bar went back to 0.
        <p className="job-note" data-testid="job-restarted">
          {t('export.restarted', { locales: job.restartedAfterCancel.join(', ') })}
        </p>
      )}
      {job.state === 'failed' && job.error && (
        <p className="job-error" role="alert">
          {job.error.message}
        </p>
      )}
      {job.state === 'done' && (
        <p className="job-output path" dir="ltr">
          {job.outputPath}
        </p>
      )}
      <div className="job-actions">
        {ACTIVE_STATES.has(job.state) && (
          <button type="button" onClick={() => client()['export.cancel']({ jobId: job.id }).catch(reportError)}>
            {t('export.cancel')}
          </button>
        )}
        {(job.state === 'failed' || job.state === 'cancelled') && (
          <button type="button" onClick={() => client()['export.retry']({ jobId: job.id }).catch(reportError)}>
            {t('export.retry')}
          </button>
        )}
      </div>
    </li>
  )
}
