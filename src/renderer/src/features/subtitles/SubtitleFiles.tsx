import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ParseReport, ReportKind } from '../../../../shared/subtitles/report'
import { countReport } from '../../../../shared/subtitles/report'
import { cuesForLocale, withSourceCues } from '../../../../shared/subtitles/translations'
import type { EditorKey } from '../../i18n/keys'
import { getPlatform } from '../../platform'
import { selectedClip, useStudio } from '../../store'
import { PathAction } from './PathAction'
import { updateTrack } from './track-updates'

type Format = 'srt' | 'vtt' | 'ass'

const KIND_LABELS: Record<ReportKind, EditorKey> = {
  dropped: 'files.reportKinds.dropped',
  repaired: 'files.reportKinds.repaired',
  guessed: 'files.reportKinds.guessed'
}
/** Lines of the report shown in the panel (all of them are in the CLI's output). */
const SHOWN = 50

/**
 * Import a source track from SRT/VTT/ASS (with its formatting, positions and — for writing the same format
 * back — the file's header, styles and regions), export any locale's cues to SRT/VTT/ASS. The import
 * report is the same one `kindframe convert`, `qc` and `lint` print: every line dropped, repaired or guessed.
 */
export function SubtitleFiles({ clipId }: { clipId: string }) {
  const { t } = useTranslation('editor')
  const [format, setFormat] = useState<Format>('srt')
  const [report, setReport] = useState<ParseReport | null>(null)
  const client = getPlatform().client
  const importSource = async (path: string) => {
    setReport(null)
    const r = await client['subtitles.import']({ path })
    // Replacing the source cues: translations keyed by ids that no longer exist are dropped (withSourceCues).
    updateTrack(clipId, (track) => {
      const next = withSourceCues(track, r.cues)
      if (r.native) next.native = r.native
      else delete next.native
      return next
    })
    setReport(r.report)
    const counts = countReport(r.report)
    return t('files.imported', {
      n: r.cues.length,
      format: r.format,
      encoding: r.encoding,
      dropped: counts.dropped,
      repaired: counts.repaired,
      guessed: counts.guessed
    })
  }
  const exportLocale = async (path: string) => {
    const s = useStudio.getState()
    const clip = selectedClip(s)
    if (!clip || !s.project) throw new Error(t('common.noClip'))
    const locale = s.editLocale ?? s.project.sourceLocale
    const cues = cuesForLocale(clip.track, locale === s.project.sourceLocale ? undefined : locale)
    const r = await client['subtitles.export']({
      path,
      format,
      cues,
      overwrite: false,
      ...(clip.track.native ? { native: clip.track.native } : {})
    })
    return t('files.exported', { path: r.path, format: r.format })
  }
  return (
    <details className="kf-files">
      <summary>{t('files.title')}</summary>
      <PathAction
        label={t('files.importLabel')}
        action={t('files.import')}
        placeholder={t('files.pathPlaceholder')}
        run={importSource}
        testId="subtitles-import"
      />
      {report && report.entries.length > 0 && (
        <ul className="kf-report" aria-label={t('files.report')} data-testid="import-report">
          {report.entries.slice(0, SHOWN).map((e, i) => (
            <li key={i} className={`kf-report-${e.kind}`}>
              {e.line > 0
                ? t('files.reportLine', { line: e.line, kind: t(KIND_LABELS[e.kind]), message: e.message })
                : t('files.reportFile', { kind: t(KIND_LABELS[e.kind]), message: e.message })}
            </li>
          ))}
          {report.entries.length + report.truncated > SHOWN && (
            <li>{t('files.reportMore', { n: report.entries.length + report.truncated - SHOWN })}</li>
          )}
        </ul>
      )}
      <label className="kf-field-inline">
        {t('files.format')}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          <option value="srt">{t('files.formats.srt')}</option>
          <option value="vtt">{t('files.formats.vtt')}</option>
          <option value="ass">{t('files.formats.ass')}</option>
        </select>
      </label>
      <PathAction
        label={t('files.exportLabel')}
        action={t('files.export')}
        placeholder={t('files.pathPlaceholder')}
        run={exportLocale}
        testId="subtitles-export"
      />
    </details>
  )
}
