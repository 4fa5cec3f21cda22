import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTimestamp } from '../../../../shared/subtitles/formats/timestamp'
import { formatTimecode } from '../../../../shared/time'

/** A cue time as hh:mm:ss.mmm; committed on Enter or blur, refused (and said so) when unreadable. */
export function TimingField({
  label,
  ms,
  onCommit,
  testId
}: {
  label: string
  ms: number
  onCommit(ms: number): void
  testId?: string
}) {
  const { t } = useTranslation('editor')
  const [draft, setDraft] = useState(formatTimecode(ms))
  const [error, setError] = useState(false)
  useEffect(() => {
    setDraft(formatTimecode(ms))
    setError(false)
  }, [ms])
  const commit = () => {
    const r = parseTimestamp(draft, '.')
    if (!r.ok || r.ms < 0) return setError(true)
    setError(false)
    if (r.ms !== ms) onCommit(r.ms)
  }
  return (
    <label className="kf-field">
      {label}
      <input
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
        aria-invalid={error || undefined}
        data-testid={testId}
        inputMode="decimal"
        size={12}
      />
      {error && (
        <span role="alert" className="kf-error">
          {t('subtitles.badTime')}
        </span>
      )}
    </label>
  )
}
