import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { lintCues, lintText, summarize, type LintIssue } from '../../../../shared/lint'
import { cuesForLocale } from '../../../../shared/subtitles/translations'
import { selectedClip, useStudio } from '../../store'
import { LocalePicker } from '../script/LocalePicker'
import { goToCue } from '../subtitles/commands'
import { SEVERITY_KEYS } from '../subtitles/qc-messages'
import { countByCategory } from './counts'
import { CATEGORY_KEYS } from './categories'
import './lint.css'

/** Kindness lint of the selected clip in one locale: its script and its subtitles, counted and listed. */
export function LintPanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  const locale = editLocale ?? project?.sourceLocale ?? 'en'
  const settings = project?.lint
  const result = useMemo(() => {
    if (!project || !clip) return null
    const script = lintText(clip.script[locale] ?? '', { locale, settings })
    const source = locale === project.sourceLocale
    const cues = source ? clip.track.cues : clip.track.translations[locale] ? cuesForLocale(clip.track, locale) : []
    const subtitles = lintCues(cues, { locale, settings })
    return { script, subtitles, all: [...script, ...subtitles] }
  }, [project, clip, locale, settings])
  if (!project || !clip || !result) return <p className="kf-empty">{t('common.noClip')}</p>
  const totals = summarize(result.all)
  const openScript = () => useStudio.getState().setInspectorTab('script')
  const openCue = (id: string) => {
    goToCue(id)
    useStudio.getState().setInspectorTab(locale === project.sourceLocale ? 'subtitles' : 'translate')
  }
  const item = (i: LintIssue, where: string, open: () => void) => (
    <li
      key={`${where}-${i.ruleId}-${i.range.cueId ?? ''}-${i.range.start}`}
      className={`kf-hl-issue kf-hl-${i.severity}`}
      data-testid="lint-panel-issue"
      data-depicted={i.depicted}
    >
      <span className="kf-badge">{t(SEVERITY_KEYS[i.severity])}</span>
      <span className="kf-badge">{t(CATEGORY_KEYS[i.category])}</span>
      {i.depicted && <span className="kf-badge kf-badge-depicted">{t('lint.depicted')}</span>}
      <button type="button" className="kf-link" onClick={open}>
        {where}
      </button>{' '}
      <q>{i.actual}</q> {i.message}
      <details>
        <summary>{t('lint.why')}</summary>
        {i.explanation}
      </details>
    </li>
  )
  return (
    <section className="kf-lint" aria-label={t('lint.title')}>
      <LocalePicker />
      <p data-testid="lint-totals" aria-live="polite">
        {t('lint.totals', {
          errors: totals.error,
          warnings: totals.warning,
          infos: totals.info,
          depicted: totals.depicted
        })}
      </p>
      {result.all.length === 0 ? (
        <p>{t('lint.clean')}</p>
      ) : (
        <>
          <ul className="kf-lint-categories" aria-label={t('lint.byCategory')}>
            {countByCategory(result.all).map((c) => (
              <li key={c.category}>
                {t('lint.categoryCount', { category: t(CATEGORY_KEYS[c.category]), n: c.count })}
              </li>
            ))}
          </ul>
          <ul className="kf-hl-issues" aria-label={t('lint.listLabel')}>
            {result.script.map((i) => item(i, t('lint.inScript', { line: i.range.line }), openScript))}
            {result.subtitles.map((i) => {
              const n = clip.track.cues.findIndex((c) => c.id === i.range.cueId) + 1
              return item(i, t('lint.inCue', { n }), () => i.range.cueId && openCue(i.range.cueId))
            })}
          </ul>
        </>
      )}
    </section>
  )
}
