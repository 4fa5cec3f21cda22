import i18next from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../app/ui/Dialog'
import { PathField } from '../../app/ui/PathField'
import { useUi } from '../../app/ui-store'
import { reportError } from '../../app/notify'
import { openProject } from './commands'
import { recentProjectPath } from './recent'

export const projectFilters = () => [{ name: i18next.t('fileTypes.project'), extensions: ['kindframe'] }]

export function OpenDialog() {
  const { t } = useTranslation()
  const close = () => useUi.getState().openDialog(null)
  const [path, setPath] = useState(recentProjectPath)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    if (!path.trim()) return
    setBusy(true)
    try {
      await openProject(path.trim())
      close()
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('project.open.title')}
      onClose={close}
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !path.trim()}>
            {t('project.open.submit')}
          </button>
        </>
      }
    >
      <PathField label={t('project.open.path')} name="projectPath" value={path} onChange={setPath} mode="open" filters={projectFilters()} required />
    </Dialog>
  )
}
