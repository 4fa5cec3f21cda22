import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'

/** Import progress while it runs, then the refused files with their reasons. */
export function ImportStatus() {
  const { t } = useTranslation()
  const total = useStudio((s) => s.importTotal)
  const done = useStudio((s) => s.importDone)
  const running = useStudio((s) => s.importRunning)
  const rejected = useStudio((s) => s.importRejected)
  const setImport = useStudio((s) => s.setImport)
  return (
    <>
      {running && (
        <div className="import-progress">
          <span id="import-progress-label">{t('clips.import.progress', { done, total })}</span>
          <div
            className="progress"
            role="progressbar"
            aria-labelledby="import-progress-label"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={done}
          >
            <div className="progress-fill" style={{ inlineSize: `${total ? (done / total) * 100 : 0}%` }} />
          </div>
        </div>
      )}
      {rejected.length > 0 && (
        <div className="rejected" role="alert">
          <h3>{t('clips.import.rejected', { count: rejected.length })}</h3>
          <ul>
            {rejected.map((r) => (
              <li key={r.path}>
                <span className="path" dir="ltr">
                  {r.path}
                </span>
                <span className="reason">{r.reason}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setImport({ importRejected: [] })}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </>
  )
}
