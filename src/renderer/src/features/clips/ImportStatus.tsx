import { useTranslation } from 'react-i18next'
import { useImport } from './import-store'

/** Import progress while it runs, then the refused files with their reasons. */
export function ImportStatus() {
  const { t } = useTranslation()
  const total = useImport((s) => s.total)
  const done = useImport((s) => s.done)
  const running = useImport((s) => s.running)
  const rejected = useImport((s) => s.rejected)
  const clear = useImport((s) => s.set)
  return (
    <>
      {running && (
        <div className="import-progress">
          <span id="import-progress-label">{t('clips.import.progress', { done, total })}</span>
          <div className="progress" role="progressbar" aria-labelledby="import-progress-label" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
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
          <button type="button" onClick={() => clear({ rejected: [] })}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </>
  )
}
