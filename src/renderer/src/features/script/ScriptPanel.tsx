import { useTranslation } from 'react-i18next'
import { isRtlLocale } from '../../../../shared/locales'
import { selectedClip, useStudio } from '../../store'
import { updateClip } from '../subtitles/track-updates'
import { HighlightTextarea } from './HighlightTextarea'
import { useScriptLint } from './use-script-lint'
import { LocalePicker } from './LocalePicker'
import { DraftFromScript } from './DraftFromScript'

/** The voiceover script of the selected clip, per locale, with live kindness-lint highlights. */
export function ScriptPanel() {
  const { t } = useTranslation('editor')
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  const locale = editLocale ?? project?.sourceLocale ?? 'en'
  const text = clip?.script[locale] ?? ''
  const issues = useScriptLint(text, locale, project?.lint)
  if (!project || !clip) return <p className="kf-empty">{t('common.noClip')}</p>
  const setText = (next: string) =>
    updateClip(clip.id, (c) => ({ ...c, script: { ...c.script, [locale]: next } }), {
      undo: 'coalesce',
      key: `script:${clip.id}:${locale}`
    })
  return (
    <section className="kf-script" aria-label={t('script.title')}>
      <LocalePicker />
      <HighlightTextarea
        value={text}
        onChange={setText}
        issues={issues}
        label={t('script.label', { locale })}
        dir={isRtlLocale(locale) ? 'rtl' : 'ltr'}
        rows={10}
        testId="script-editor"
      />
      <p className="kf-muted" aria-live="polite" data-testid="script-lint-count">
        {t('script.issueCount', { count: issues.length })}
      </p>
      {locale === project.sourceLocale && (
        <DraftFromScript
          clipId={clip.id}
          media={clip.media}
          script={text}
          locale={locale}
          hasCues={clip.track.cues.length > 0}
        />
      )}
    </section>
  )
}
