import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { cuesForLocale, withSourceCues } from '../../../../shared/subtitles/translations'
import { getPlatform } from '../../platform'
import { selectedClip, useStudio } from '../../store'
import { PathAction } from './path-action'
import { updateTrack } from './track-updates'

type Format = 'srt' | 'vtt' | 'ass'

/** Import a source track from SRT/VTT/ASS, export any locale's cues to SRT/VTT/ASS. */
export function SubtitleFiles({ clipId }: { clipId: string }) {
  const { t } = useTranslation('editor')
  const [format, setFormat] = useState<Format>('srt')
  const client = getPlatform().client
  const importSource = async (path: string) => {
    const r = await client['subtitles.import']({ path })
    // Replacing the source cues: translations keyed by ids that no longer exist are dropped (withSourceCues).
    updateTrack(clipId, (track) => withSourceCues(track, r.cues))
    return t('files.imported', { n: r.cues.length, format: r.format, encoding: r.encoding, notes: r.report.entries.length + r.report.truncated })
  }
  const exportLocale = async (path: string) => {
    const s = useStudio.getState()
    const clip = selectedClip(s)
    if (!clip || !s.project) throw new Error(t('common.noClip'))
    const locale = s.editLocale ?? s.project.sourceLocale
    const cues = cuesForLocale(clip.track, locale === s.project.sourceLocale ? undefined : locale)
    const r = await client['subtitles.export']({ path, format, cues, overwrite: false })
    return t('files.exported', { path: r.path, format: r.format })
  }
  return (
    <details className="kf-files">
      <summary>{t('files.title')}</summary>
      <PathAction label={t('files.importLabel')} action={t('files.import')} placeholder={t('files.pathPlaceholder')} run={importSource} testId="subtitles-import" />
      <label className="kf-field-inline">
        {t('files.format')}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          <option value="srt">{t('files.formats.srt')}</option>
          <option value="vtt">{t('files.formats.vtt')}</option>
          <option value="ass">{t('files.formats.ass')}</option>
        </select>
      </label>
      <PathAction label={t('files.exportLabel')} action={t('files.export')} placeholder={t('files.pathPlaceholder')} run={exportLocale} testId="subtitles-export" />
    </details>
  )
}
