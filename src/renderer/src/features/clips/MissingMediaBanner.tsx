import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Clip } from '../../../../shared/project/schema'
import { useStudio } from '../../store'
import { client } from '../../app/client'
import { reportError } from '../../app/notify'
import { emitSignal } from '../../app/harness'
import { PathField } from '../../app/ui/PathField'
import { mediaFilters } from './start-import'

/** "Media not found" for one clip, with a way to point it at the moved file. */
export function MissingMediaBanner({ clip }: { clip: Clip }) {
  const { t } = useTranslation()
  const [path, setPath] = useState('')
  const [busy, setBusy] = useState(false)
  const relink = async () => {
    if (!path.trim()) return
    setBusy(true)
    try {
      const { clip: relinked } = await client()['project.relink']({
        projectPath: useStudio.getState().projectPath,
        clip,
        mediaPath: path.trim()
      })
      useStudio
        .getState()
        .updateProject((p) => ({ ...p, clips: p.clips.map((c) => (c.id === clip.id ? relinked : c)) }))
      const ui = useStudio.getState()
      ui.setMissingMedia(ui.missingMedia.filter((id) => id !== clip.id))
      emitSignal('relinked', { clipId: clip.id })
    } catch (err) {
      reportError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form
      className="banner banner-warning"
      aria-label={t('clips.missing.title', { title: clip.title })}
      onSubmit={(e) => {
        e.preventDefault()
        void relink() // reports its own errors
      }}
    >
      <p role="alert">{t('clips.missing.body', { path: clip.media })}</p>
      <PathField
        label={t('clips.missing.newPath')}
        value={path}
        onChange={setPath}
        mode="open"
        filters={mediaFilters()}
      />
      <button type="submit" className="primary" disabled={busy || !path.trim()}>
        {t('clips.missing.relink')}
      </button>
    </form>
  )
}
