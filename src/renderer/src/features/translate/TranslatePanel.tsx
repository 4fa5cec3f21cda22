import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isRtlLocale } from '../../../../shared/locales'
import { cuesForLocale, translationStatus } from '../../../../shared/subtitles/translations'
import { selectedClip, useStudio } from '../../store'
import { timelineSpan } from '../endcard/resolve'
import { goToCue, publishIssueCues } from '../subtitles/commands'
import { useTrackChecks } from '../subtitles/use-track-checks'
import { VirtualList } from '../subtitles/VirtualList'
import { filterCueIds, type TranslateFilter } from './filters'
import { Handoff } from './Handoff'
import { LocaleProgressList } from './LocaleProgressList'
import { TranslateRow } from './TranslateRow'
import { TranslationEditor } from './TranslationEditor'
import type { EditorKey } from '../../i18n/keys'
import '../subtitles/subtitles.css'

const ROW_HEIGHT = 64
const FILTER_KEYS: Record<TranslateFilter, EditorKey> = {
  all: 'translate.filter.all',
  missing: 'translate.filter.missing',
  outdated: 'translate.filter.outdated',
  issues: 'translate.filter.issues'
}

/** Side-by-side translation of the source track into one target locale, with statuses and filters. */
export function TranslatePanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  const setEditLocale = useStudio((s) => s.setEditLocale)
  const selectedCueId = useStudio((s) => s.selectedCueId)
  const [filter, setFilter] = useState<TranslateFilter>('all')
  const targets = project?.targetLocales ?? []
  const locale = editLocale && targets.includes(editLocale) ? editLocale : (targets[0] ?? '')
  const track = clip?.track
  const localeCues = useMemo(
    () => (track && locale && track.translations[locale] ? cuesForLocale(track, locale) : []),
    [track, locale]
  )
  const span = project && clip ? timelineSpan(project, clip) : null
  const checks = useTrackChecks(localeCues, locale || 'en', {
    fps: clip?.probe?.fps ?? 30,
    clipDurationMs: span?.clipMs,
    endCardStartMs: span?.endCardStartMs ?? undefined
  })
  useEffect(() => publishIssueCues(checks.withIssues), [checks.withIssues])
  const ids = useMemo(
    () =>
      track
        ? filterCueIds(
            track.cues.map((c) => c.id),
            filter,
            (id) => translationStatus(track, locale, id),
            checks.withIssues
          )
        : [],
    [track, filter, locale, checks.withIssues]
  )
  const index = useMemo(() => new Map((track?.cues ?? []).map((c, i) => [c.id, { cue: c, index: i }])), [track])
  const rtl = isRtlLocale(locale)
  const renderRow = useCallback(
    (id: string, _i: number, active: boolean) => {
      const hit = index.get(id)
      if (!hit || !track) return null
      const tr = track.translations[locale]?.[id]
      const issues = (checks.qcByCue.get(id)?.length ?? 0) + (checks.lintByCue.get(id)?.length ?? 0)
      return (
        <TranslateRow
          key={id}
          id={id}
          index={hit.index}
          source={hit.cue.text}
          translation={tr?.text ?? ''}
          status={translationStatus(track, locale, id)}
          active={active}
          rtl={rtl}
          issues={issues}
          onPick={goToCue}
        />
      )
    },
    [index, track, locale, checks, rtl]
  )
  if (!project || !clip || !track) return <p className="kf-empty">{t('common.noClip')}</p>
  if (targets.length === 0) return <p className="kf-empty">{t('translate.noTargets')}</p>
  const selected = selectedCueId ? index.get(selectedCueId)?.cue : undefined
  return (
    <section className="kf-translate" aria-label={t('translate.title')}>
      <div className="kf-row">
        <label className="kf-field-inline">
          {t('translate.targetLocale')}
          <select value={locale} onChange={(e) => setEditLocale(e.target.value)} data-testid="translate-locale">
            {targets.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="kf-field-inline">
          {t('translate.filterLabel')}
          <select value={filter} onChange={(e) => setFilter(e.target.value as TranslateFilter)}>
            {(Object.keys(FILTER_KEYS) as TranslateFilter[]).map((f) => (
              <option key={f} value={f}>
                {t(FILTER_KEYS[f])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LocaleProgressList track={track} locales={targets} />
      <VirtualList
        ids={ids}
        rowHeight={ROW_HEIGHT}
        activeId={selectedCueId}
        label={t('translate.listLabel', { locale })}
        onActiveChange={goToCue}
        renderRow={renderRow}
        testId="translate-list"
      />
      {ids.length === 0 && <p className="kf-muted">{t('translate.nothingMatches')}</p>}
      {selected && (
        <TranslationEditor
          key={`${locale}:${selected.id}`}
          clipId={clip.id}
          cue={selected}
          locale={locale}
          text={track.translations[locale]?.[selected.id]?.text ?? ''}
          status={translationStatus(track, locale, selected.id)}
          qc={checks.qcByCue.get(selected.id) ?? []}
          lint={checks.lintByCue.get(selected.id) ?? []}
        />
      )}
      <Handoff locale={locale} />
    </section>
  )
}
