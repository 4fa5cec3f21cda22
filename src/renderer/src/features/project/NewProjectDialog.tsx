import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isValidLocaleTag } from '../../../../shared/locales'
import { FormDialog } from '../../app/ui/FormDialog'
import { createProject } from './commands'

const DEFAULT_TARGETS = 'ms, id, fil, pt-BR, es-MX, ar'

export function parseLocaleList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))]
}

export function NewProjectDialog() {
  const { t } = useTranslation()
  const [title, setTitle] = useState('')
  const [source, setSource] = useState('en')
  const [targets, setTargets] = useState(DEFAULT_TARGETS)
  const ids = { title: useId(), source: useId(), targets: useId(), error: useId() }
  const targetList = parseLocaleList(targets)
  const bad = [source, ...targetList].filter((l) => !isValidLocaleTag(l))
  const submit = () =>
    createProject(
      title.trim(),
      source,
      targetList.filter((l) => l !== source)
    )
  return (
    <FormDialog
      title={t('project.new.title')}
      submitLabel={t('project.new.create')}
      canSubmit={title.trim() !== '' && bad.length === 0}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={ids.title}>{t('project.new.seriesTitle')}</label>
        <input
          id={ids.title}
          name="title"
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={ids.source}>{t('project.new.sourceLocale')}</label>
        <input
          id={ids.source}
          name="sourceLocale"
          type="text"
          dir="ltr"
          value={source}
          onChange={(e) => setSource(e.target.value.trim())}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.targets}>{t('project.new.targetLocales')}</label>
        <input
          id={ids.targets}
          name="targetLocales"
          type="text"
          dir="ltr"
          value={targets}
          aria-describedby={ids.error}
          onChange={(e) => setTargets(e.target.value)}
        />
        <p id={ids.error} className={bad.length ? 'field-error' : 'hint'} role={bad.length ? 'alert' : undefined}>
          {bad.length ? t('project.new.badLocales', { locales: bad.join(', ') }) : t('project.new.targetHint')}
        </p>
      </div>
    </FormDialog>
  )
}
