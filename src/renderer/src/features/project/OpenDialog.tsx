import i18next from 'i18next'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../app/ui/FormDialog'
import { PathField } from '../../app/ui/PathField'
import { openProject } from './commands'
import { recentProjectPath } from './recent'

export const projectFilters = () => [{ name: i18next.t('fileTypes.project'), extensions: ['kindframe'] }]

export function OpenDialog() {
  const { t } = useTranslation()
  const [path, setPath] = useState(recentProjectPath)
  return (
    <FormDialog
      title={t('project.open.title')}
      submitLabel={t('project.open.submit')}
      canSubmit={path.trim() !== ''}
      onSubmit={() => openProject(path.trim())}
    >
      <PathField
        label={t('project.open.path')}
        name="projectPath"
        value={path}
        onChange={setPath}
        mode="open"
        filters={projectFilters()}
        required
      />
    </FormDialog>
  )
}
