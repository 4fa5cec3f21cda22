import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { reportError } from '../../app/notify'
import { wrapTabFocus } from '../../app/ui/focus-trap'
import { useStudio } from '../../store'
import { overwriteOnConflict, reloadOnConflict, saveAsOnConflict } from './conflict-commands'
import { ltrIsolate } from './bidi'

/**
 * "The file changed on disk": a save was refused so nothing of the other window's work was
 * overwritten. An alertdialog (it interrupts a save the user asked for) with three real choices
 * and "Keep editing"; Escape = keep editing. Focus starts on the least destructive choice.
 */
export function SaveConflictDialog() {
  const conflict = useStudio((s) => s.saveConflict)
  if (!conflict) return null
  return <ConflictDialogBody key={conflict.path} path={conflict.path} />
}

function ConflictDialogBody({ path }: { path: string }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const dismiss = () => useStudio.getState().setSaveConflict(null)
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true)
    try {
      await action()
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        dismiss()
        return
      }
      if (e.key !== 'Tab' || !ref.current) return
      wrapTabFocus(e, [...ref.current.querySelectorAll<HTMLButtonElement>('button:not([disabled])')])
    }
    // Capture, so the studio's own Escape handling (closing other things) does not also run.
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      previous?.focus?.()
    }
  }, [])
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="conflict-title"
        aria-describedby="conflict-body"
        ref={ref}
      >
        <h2 id="conflict-title">{t('project.conflict.title')}</h2>
        <div className="dialog-body" id="conflict-body">
          <p>{t('project.conflict.body', { path: ltrIsolate(path) })}</p>
          <ul>
            <li>{t('project.conflict.overwriteHint')}</li>
            <li>{t('project.conflict.saveAsHint')}</li>
            <li>{t('project.conflict.reloadHint')}</li>
          </ul>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={dismiss} disabled={busy}>
            {t('project.conflict.keepEditing')}
          </button>
          <button type="button" onClick={run(reloadOnConflict)} disabled={busy}>
            {t('project.conflict.reload')}
          </button>
          <button type="button" onClick={saveAsOnConflict} disabled={busy} data-autofocus>
            {t('topbar.saveAs')}
          </button>
          <button type="button" onClick={run(overwriteOnConflict)} disabled={busy}>
            {t('project.conflict.overwrite')}
          </button>
        </div>
      </div>
    </div>
  )
}
