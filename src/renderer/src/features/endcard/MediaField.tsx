import { useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { getPlatform } from '../../platform'
import { reportError } from '../../app/notify'

/** The card's photo or short video: a path field that also takes a dropped file or the native picker. */
export function MediaField({ value, onChange }: { value: string; onChange(path: string | undefined): void }) {
  const { t } = useTranslation('editor')
  const [draft, setDraft] = useState(value)
  const [over, setOver] = useState(false)
  const platform = getPlatform()
  const pending = useRef<string | null>(null)
  // Enter then blur would otherwise record the same change twice (two undo steps for one edit).
  // A path is probed by main first: that says at once when it is not a picture or video (a typo, a
  // HEIC this ffmpeg cannot read), and a file main probed is one the player may then load.
  const commit = (raw: string) => {
    const path = raw.trim()
    if (path === value || path === pending.current) return
    if (path === '') return onChange(undefined)
    pending.current = path
    platform.client['media.probe']({ path })
      .then(
        () => onChange(path),
        (err: unknown) => reportError(err)
      )
      .finally(() => {
        if (pending.current === path) pending.current = null
      })
  }
  const onDrop = async (e: DragEvent) => {
    e.preventDefault()
    setOver(false)
    const file = e.dataTransfer.files[0]
    if (!file) return
    const path = await platform.pathForFile(file)
    setDraft(path)
    commit(path)
  }
  const pick = async () => {
    const picked = await platform.pickFiles?.({
      title: t('endcard.pickTitle'),
      filters: [{ name: t('endcard.mediaFilter'), extensions: ['jpg', 'jpeg', 'png', 'webp', 'mp4', 'mov', 'webm'] }]
    })
    if (picked?.[0]) {
      setDraft(picked[0])
      commit(picked[0])
    }
  }
  return (
    <div
      className={`kf-drop${over ? ' kf-drop-over' : ''}`}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="kf-field">
        {t('endcard.media')}
        <input
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => commit(draft)}
          onKeyDown={(e) => e.key === 'Enter' && commit(draft)}
          placeholder={t('endcard.mediaPlaceholder')}
          data-testid="endcard-media"
        />
      </label>
      {platform.pickFiles && (
        <button type="button" onClick={pick}>
          {t('endcard.browse')}
        </button>
      )}
      <span className="kf-muted">{t('endcard.dropHint')}</span>
    </div>
  )
}
