import { useCallback, useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { selectedClip, useStudio } from '../../store'
import { timelineSpan } from '../endcard/resolve'
import { CueEditor } from './CueEditor'
import { CueRow } from './CueRow'
import { goToCue, publishIssueCues, subtitleCommands } from './commands'
import { SubtitleFiles } from './SubtitleFiles'
import { useTrackChecks } from './use-track-checks'
import { VirtualList } from './VirtualList'
import './subtitles.css'
import './actions'

const ROW_HEIGHT = 40
const EMPTY: never[] = []

/** The source subtitle track: virtualized cue list with QC and lint badges, the cue editor, edits and files. */
export function SubtitlesPanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const selectedCueId = useStudio((s) => s.selectedCueId)
  const cues = clip?.track.cues ?? EMPTY
  const locale = project?.sourceLocale ?? 'en'
  const span = project && clip ? timelineSpan(project, clip) : null
  const checks = useTrackChecks(cues, locale, {
    fps: clip?.probe?.fps ?? 30,
    clipDurationMs: span?.clipMs,
    endCardStartMs: span?.endCardStartMs ?? undefined
  })
  useEffect(() => publishIssueCues(checks.withIssues), [checks.withIssues])
  const ids = useMemo(() => cues.map((c) => c.id), [cues])
  const byId = useMemo(() => new Map(cues.map((c, i) => [c.id, { cue: c, index: i }])), [cues])
  const renderRow = useCallback(
    (id: string, _index: number, active: boolean) => {
      const hit = byId.get(id)
      if (!hit) return null
      return (
        <CueRow
          key={id}
          cue={hit.cue}
          index={hit.index}
          active={active}
          qc={checks.qcByCue.get(id)}
          lint={checks.lintByCue.get(id)}
          onPick={goToCue}
        />
      )
    },
    [byId, checks]
  )
  if (!project || !clip) return <p className="kf-empty">{t('common.noClip')}</p>
  const selected = selectedCueId ? byId.get(selectedCueId)?.cue : undefined
  const errors = checks.qc.filter((i) => i.severity === 'error').length
  return (
    <section className="kf-subtitles" aria-label={t('subtitles.title')}>
      <div className="kf-row" role="toolbar" aria-label={t('subtitles.toolbar')}>
        <button type="button" onClick={subtitleCommands.add} data-testid="cue-add">
          {t('subtitles.add')}
        </button>
        <button type="button" onClick={subtitleCommands.split} disabled={!selected}>
          {t('subtitles.split')}
        </button>
        <button
          type="button"
          onClick={subtitleCommands.pages}
          disabled={!selected}
          title={t('subtitles.pagesHint')}
          data-testid="cue-pages"
        >
          {t('subtitles.pages')}
        </button>
        {selected?.page && (
          <button type="button" onClick={subtitleCommands.restorePages} data-testid="cue-restore-pages">
            {t('subtitles.restorePages')}
          </button>
        )}
        <button type="button" onClick={subtitleCommands.mergeWithNext} disabled={!selected}>
          {t('subtitles.merge')}
        </button>
        <button type="button" onClick={subtitleCommands.delete} disabled={!selected}>
          {t('subtitles.delete')}
        </button>
        <button type="button" onClick={subtitleCommands.nextIssue} disabled={checks.withIssues.size === 0}>
          {t('subtitles.nextIssue')}
        </button>
      </div>
      <p className="kf-muted" aria-live="polite" data-testid="qc-summary">
        {t('subtitles.summary', {
          count: cues.length,
          errors,
          warnings: checks.qc.length - errors,
          lint: checks.lint.length
        })}
      </p>
      <VirtualList
        ids={ids}
        rowHeight={ROW_HEIGHT}
        activeId={selectedCueId}
        label={t('subtitles.listLabel')}
        onActiveChange={goToCue}
        renderRow={renderRow}
        testId="cue-list"
      />
      {selected && (
        <CueEditor
          key={selected.id}
          clipId={clip.id}
          cue={selected}
          locale={locale}
          qc={checks.qcByCue.get(selected.id) ?? EMPTY}
          lint={checks.lintByCue.get(selected.id) ?? EMPTY}
        />
      )}
      <SubtitleFiles clipId={clip.id} />
    </section>
  )
}
