import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { applyTranslations } from '../../../../shared/subtitles/translations'
import { getPlatform } from '../../platform'
import { selectedClip, useStudio } from '../../store'
import { PathAction } from '../subtitles/PathAction'
import { updateTrack } from '../subtitles/track-updates'

type Version = '2.0' | '1.2' | 'csv'

function current(noClip: string) {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  if (!s.project || !clip) throw new Error(noClip)
  return { project: s.project, clip }
}

/** Translator hand-off for one locale: XLIFF 2.0/1.2 or CSV out and back in, and translated SRT/VTT/ASS in. */
export function Handoff({ locale }: { locale: string }) {
  const { t } = useTranslation('editor')
  const [version, setVersion] = useState<Version>('2.0')
  const client = getPlatform().client
  const exportHandoff = async (path: string) => {
    const { project, clip } = current(t('common.noClip'))
    const r = await client['subtitles.exportXliff']({
      path,
      version,
      projectTitle: project.series.title,
      sourceLocale: project.sourceLocale,
      clip,
      locale,
      profile: project.qc.profile,
      overwrite: false
    })
    return t('handoff.exported', { path: r.path, units: r.units })
  }
  const importHandoff = async (path: string) => {
    const { project, clip } = current(t('common.noClip'))
    const r = await client['subtitles.importXliff']({ path, projectTitle: project.series.title, clip, locale })
    const count = Object.keys(r.translations).length
    if (count > 0) updateTrack(clip.id, (track) => applyTranslations(track, locale, r.translations))
    const conflicts = r.conflicts.map((c) => c.message).join(' · ')
    return t('handoff.imported', { n: count, conflicts: r.conflicts.length }) + (conflicts ? ` ${conflicts}` : '')
  }
  const importSubtitles = async (path: string) => {
    const { clip } = current(t('common.noClip'))
    const r = await client['subtitles.importTranslation']({ path, locale, sourceCues: clip.track.cues })
    updateTrack(clip.id, (track) => applyTranslations(track, locale, r.translations))
    return t('handoff.importedSubtitles', {
      n: Object.keys(r.translations).length,
      unmatched: r.unmatched.length,
      untranslated: r.untranslated.length
    })
  }
  return (
    <details className="kf-files">
      <summary>{t('handoff.title', { locale })}</summary>
      <label className="kf-field-inline">
        {t('handoff.version')}
        <select value={version} onChange={(e) => setVersion(e.target.value as Version)}>
          <option value="2.0">{t('handoff.formats.xliff2')}</option>
          <option value="1.2">{t('handoff.formats.xliff12')}</option>
          <option value="csv">{t('handoff.formats.csv')}</option>
        </select>
      </label>
      <PathAction
        label={t('handoff.exportLabel')}
        action={t('files.export')}
        placeholder={t('handoff.pathPlaceholder')}
        run={exportHandoff}
        testId="handoff-export"
      />
      <PathAction
        label={t('handoff.importLabel')}
        action={t('files.import')}
        placeholder={t('handoff.pathPlaceholder')}
        run={importHandoff}
        testId="handoff-import"
      />
      <PathAction
        label={t('handoff.importSubtitlesLabel')}
        action={t('files.import')}
        placeholder={t('files.pathPlaceholder')}
        run={importSubtitles}
        testId="translation-import"
      />
    </details>
  )
}
