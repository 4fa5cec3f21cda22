import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../../app/ui/Dialog'
import { PathField } from '../../app/ui/PathField'
import { useUi } from '../../app/ui-store'
import { reportError } from '../../app/notify'
import { useStudio } from '../../store'
import { saveProject } from './commands'
import { projectFilters } from './OpenDialog'

/** "My Series" → "My-Series.kindframe": a starting suggestion only; the user edits the path. */
export function suggestFileName(title: string): string {
  const base = title.trim().replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, '-') || 'project'
  return `${base}.kindframe`
}

export function SaveAsDialog() {
  const { t } = useTranslation()
  const close = () => useUi.getState().openDialog(null)
  const current = useStudio((s) => s.projectPath)
  const title = useStudio((s) => s.project?.series.title ?? '')
  const [path, setPath] = useState(current ?? suggestFileName(title))
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    const target = path.trim()
    if (!target) return
    setBusy(true)
    try {
      await saveProject(target.endsWith('.kindframe') ? target : `${target}.kindframe`)
      close()
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t('project.saveAs.title')}
      onClose={close}
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !path.trim()}>
            {t('project.saveAs.submit')}
          </button>
        </>
      }
    >
      <PathField label={t('project.saveAs.path')} name="savePath" value={path} onChange={setPath} mode="save" filters={projectFilters()} required />
      <p className="hint">{t('project.saveAs.hint')}</p>
    </Dialog>
  )
}
