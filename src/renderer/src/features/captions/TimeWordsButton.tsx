import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Clip } from '../../../../shared/project/schema'
import { useClipMedia } from '../player/use-clip-media'
import { timeWords } from './caption-commands'

/** Times every word of the clip's cues (or of the translation being edited) from its audio (else by syllables): what the Highlight style follows. */
export function TimeWordsButton({ clip, locale, sourceLocale }: { clip: Clip; locale: string; sourceLocale: string }) {
  const { t } = useTranslation('editor')
  const media = useClipMedia(clip.media)
  const [status, setStatus] = useState<string>('')
  const [busy, setBusy] = useState(false)
  const run = async () => {
    if (!media.path) return
    setBusy(true)
    setStatus(t('captions.timing'))
    try {
      const r = await timeWords(clip.id, media.path, clip.track, locale, sourceLocale)
      setStatus(t('captions.timed', { count: r.cues, fromAudio: r.fromAudio }))
    } catch (err) {
      setStatus(t('captions.timeFailed', { reason: (err as Error).message }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="kf-row">
      <button
        type="button"
        onClick={run}
        disabled={busy || !media.path || clip.track.cues.length === 0}
        data-testid="caption-time-words"
      >
        {t('captions.timeWords')}
      </button>
      <span className="kf-muted" aria-live="polite" data-testid="caption-time-status">
        {status}
      </span>
    </div>
  )
}
