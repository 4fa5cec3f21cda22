import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { getPlatform } from '../../platform'
import { useStudio } from '../../store'
import { useClipMedia } from '../player/use-clip-media'
import { updateCues } from '../subtitles/track-updates'

interface Props {
  clipId: string
  media: string
  script: string
  locale: string
  hasCues: boolean
}

/** Drafts source cues from the script, timed over the speech found in the clip's audio. */
export function DraftFromScript({ clipId, media, script, locale, hasCues }: Props) {
  const { t } = useTranslation('editor')
  const file = useClipMedia(media)
  const profile = useStudio((s) => s.project?.qc.profile)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const run = async () => {
    if (!file.path) return
    if (hasCues && !confirming) return setConfirming(true)
    setConfirming(false)
    setBusy(true)
    try {
      const r = await getPlatform().client['subtitles.draftFromScript']({
        mediaPath: file.path,
        script,
        locale,
        profile
      })
      updateCues(clipId, () => r.cues)
      setMessage({ ok: true, text: [t('script.drafted', { n: r.cues.length }), ...r.notes].join(' ') })
    } catch (e) {
      setMessage({ ok: false, text: t('files.failed', { message: e instanceof Error ? e.message : String(e) }) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="kf-row">
      <button
        type="button"
        onClick={() => void run()}
        disabled={busy || !file.path || script.trim() === ''}
        data-testid="draft-from-script"
      >
        {confirming ? t('script.draftConfirm') : t('script.draft')}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'kf-muted' : 'kf-error'}>
          {message.text}
        </p>
      )}
    </div>
  )
}
