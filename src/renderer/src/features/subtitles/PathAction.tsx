import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  label: string
  action: string
  placeholder?: string
  testId?: string
  /** Runs the file operation; resolves to a message to show, rejects with the real error. */
  run(path: string): Promise<string>
}

/**
 * A file path field with its action button (the bridge has no native dialogs, Electron's are optional):
 * shows what happened, or the error's own message, in a live region.
 */
export function PathAction({ label, action, placeholder, testId, run }: Props) {
  const { t } = useTranslation('editor')
  const [path, setPath] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const go = async () => {
    if (!path.trim()) return
    setBusy(true)
    setResult(null)
    try {
      setResult({ ok: true, text: await run(path.trim()) })
    } catch (e) {
      setResult({ ok: false, text: t('files.failed', { message: e instanceof Error ? e.message : String(e) }) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="kf-path-action" data-testid={testId}>
      <label className="kf-field">
        {label}
        <input
          value={path}
          placeholder={placeholder}
          onChange={(e) => setPath(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && void go()}
        />
      </label>
      <button type="button" onClick={() => void go()} disabled={busy || !path.trim()}>
        {action}
      </button>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'kf-muted' : 'kf-error'}>
          {result.text}
        </p>
      )}
    </div>
  )
}
