import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../app/ui/Dialog'
import { useUi } from '../../app/ui-store'
import { reportError } from '../../app/notify'
import { importPaths, parsePathList } from './import-clips'

/** Import by path, one per line: the way in on the browser bridge, where there is no native dialog. */
export function ImportDialog() {
  const { t } = useTranslation()
  const id = useId()
  const close = () => useUi.getState().openDialog(null)
  const [text, setText] = useState('')
  const paths = parsePathList(text)
  const submit = () => {
    if (!paths.length) return
    close()
    importPaths(paths).catch(reportError)
  }
  return (
    <Dialog
      title={t('clips.import.title')}
      onClose={close}
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!paths.length}>
            {t('clips.import.submit', { count: paths.length })}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor={id}>{t('clips.import.paths')}</label>
        <textarea id={id} name="importPaths" dir="ltr" rows={6} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
        <p className="hint">{t('clips.import.hint')}</p>
      </div>
    </Dialog>
  )
}
