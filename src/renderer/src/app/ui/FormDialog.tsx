import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useStudio } from '../../store'
import { reportError } from '../notify'
import { Dialog } from './Dialog'

interface Props {
  title: string
  /** The primary (submit) button's text. */
  submitLabel: string
  /** Whether the form is complete; Enter and the submit button do nothing until it is. */
  canSubmit: boolean
  /**
   * Does the dialog's work (its result is ignored). The dialog closes when it returns or its promise
   * resolves; when it throws, the error is reported and the dialog stays open with what was typed.
   */
  onSubmit(): void | Promise<unknown>
  children: ReactNode
}

/**
 * The shell's form dialogs (new, open, save as, import): Cancel + a primary submit button that is
 * disabled while the form is incomplete or a submit is running, one place for the busy state and
 * for reporting a failed submit.
 */
export function FormDialog({ title, submitLabel, canSubmit, onSubmit, children }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const close = () => useStudio.getState().openDialog(null)
  const submit = async () => {
    if (!canSubmit || busy) return
    setBusy(true)
    try {
      await onSubmit()
      close()
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={title}
      onClose={close}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !canSubmit}>
            {submitLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  )
}
