import type { ComponentType } from 'react'
import { useTranslation } from 'react-i18next'
import type { Clip, Project } from '../../../../shared/project/schema'

/**
 * Badge slots on a bin card. The shell shows translation progress per locale; other features
 * (lint, QC) add theirs with registerClipBadge without touching the bin.
 */
export type ClipBadge = ComponentType<{ clip: Clip; project: Project }>
const badges: ClipBadge[] = []

export function registerClipBadge(badge: ClipBadge): void {
  if (!badges.includes(badge)) badges.push(badge)
}

export function clipBadges(): readonly ClipBadge[] {
  return badges
}

/** Done translations of a locale over the source cues (0 when there are no cues). */
export function translationProgress(clip: Clip, locale: string): { done: number; total: number } {
  const total = clip.track.cues.length
  const map = clip.track.translations[locale] ?? {}
  const done = clip.track.cues.filter((c) => map[c.id]?.status === 'done').length
  return { done, total }
}

function TranslationBadges({ clip, project }: { clip: Clip; project: Project }) {
  const { t } = useTranslation()
  if (!clip.track.cues.length) return null
  return (
    <>
      {project.targetLocales.map((locale) => {
        const { done, total } = translationProgress(clip, locale)
        const label = t('clips.badge.translated', { locale, done, total })
        return (
          <span key={locale} className={`badge ${done === total ? 'badge-ok' : ''}`} title={label} aria-label={label}>
            {locale} {Math.round((done / total) * 100)}%
          </span>
        )
      })}
    </>
  )
}

registerClipBadge(TranslationBadges)
