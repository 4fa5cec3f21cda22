import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormDialog } from '../../app/ui/FormDialog'
import { reportError } from '../../app/notify'
import { importPaths, parsePathList } from './import-clips'

/** Import by path, one per line: the way in on the browser bridge, where there is no native dialog. */
export function ImportDialog() {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const paths = parsePathList(text)
  // The import runs on after the dialog closes (the bin shows its progress), so the dialog does not wait for it.
  const submit = () => void importPaths(paths).catch(reportError)
  return (
    <FormDialog
      title={t('clips.import.title')}
      submitLabel={t('clips.import.submit', { count: paths.length })}
      canSubmit={paths.length > 0}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={id}>{t('clips.import.paths')}</label>
        <textarea
          id={id}
          name="importPaths"
          dir="ltr"
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <p className="hint">{t('clips.import.hint')}</p>
      </div>
    </FormDialog>
  )
}
