import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../app/ui/FormDialog'
import { PathField } from '../../app/ui/PathField'
import { useStudio } from '../../store'
import { saveProject } from './commands'
import { projectFilters } from './OpenDialog'

/** "My Series" → "My-Series.kindframe": a starting suggestion only; the user edits the path. */
export function suggestFileName(title: string): string {
  const base =
    title
      .trim()
      .replace(/[\\/:*?"<>|]+/g, '')
      .replace(/\s+/g, '-') || 'project'
  return `${base}.kindframe`
}

export function SaveAsDialog() {
  const { t } = useTranslation()
  const current = useStudio((s) => s.projectPath)
  const title = useStudio((s) => s.project?.series.title ?? '')
  const [path, setPath] = useState(current ?? suggestFileName(title))
  const submit = () => {
    const target = path.trim()
    return saveProject(target.endsWith('.kindframe') ? target : `${target}.kindframe`)
  }
  return (
    <FormDialog
      title={t('project.saveAs.title')}
      submitLabel={t('project.saveAs.submit')}
      canSubmit={path.trim() !== ''}
      onSubmit={submit}
    >
      <PathField
        label={t('project.saveAs.path')}
        name="savePath"
        value={path}
        onChange={setPath}
        mode="save"
        filters={projectFilters()}
        required
      />
      <p className="hint">{t('project.saveAs.hint')}</p>
    </FormDialog>
  )
}
