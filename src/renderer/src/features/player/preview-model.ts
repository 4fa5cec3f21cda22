import { useEffect, useMemo, useState } from 'react'
import type { AssEndCard } from '../../../../shared/ass/build-ass'
import { endCardLayout } from '../../../../shared/ass/end-card-layout'
import { isRtlLocale } from '../../../../shared/locales'
import { cuesForLocale } from '../../../../shared/subtitles/translations'
import { selectedClip, useStudio } from '../../store'
import { resolveEndCard, timelineSpan } from '../endcard/resolve'
import { buildAssOffThread } from '../subtitles/checks-client'
import { useDebounced } from '../subtitles/use-debounced'

/** The export frame: 9:16 1080×1920 for the TikTok preset (the only vertical preset the studio previews). */
export const PREVIEW_FRAME = { width: 1080, height: 1920 } as const

/** Everything the stage needs for one clip × locale, derived from the document (not stored). */
export function usePreviewModel() {
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  // A long track's ASS is rebuilt (and re-parsed by libass) a moment after typing stops, not on every
  // keystroke: keeps typing in a 5,000-cue track under a frame.
  const track = useDebounced(clip?.track, 150)

  const base = useMemo(() => {
    if (!project || !clip) return null
    const locale = editLocale ?? project.sourceLocale
    const card = resolveEndCard(project, clip)
    const span = timelineSpan(clip.probe?.durationMs ?? 0, card)
    const assCard: AssEndCard | undefined =
      span.endCardStartMs === null
        ? undefined
        : {
            startMs: span.endCardStartMs,
            durationMs: card.durationMs,
            displayName: card.displayName ?? clip.creator.name,
            handle: card.handle ?? clip.creator.handle,
            message: card.message[locale] ?? '',
            layout: card.layout,
            fadeInMs: card.transition.durationMs
          }
    const layout = endCardLayout(PREVIEW_FRAME.width, PREVIEW_FRAME.height, card.layout)
    const photo = {
      left: (layout.photo.x / PREVIEW_FRAME.width) * 100,
      top: (layout.photo.y / PREVIEW_FRAME.height) * 100,
      size: (layout.photo.size / PREVIEW_FRAME.width) * 100
    }
    return { project, clip, locale, rtl: isRtlLocale(locale), card, span, assCard, assCardKey: JSON.stringify(assCard ?? null), photo, frame: PREVIEW_FRAME, safeZone: project.export.safeZone }
  }, [project, clip, editLocale])

  const locale = base?.locale
  const sourceLocale = project?.sourceLocale
  const style = project?.style
  const safeZone = project?.export.safeZone
  const cardKey = base?.assCardKey
  const cues = useMemo(() => (track && locale ? cuesForLocale(track, locale === sourceLocale ? undefined : locale) : []), [track, locale, sourceLocale])
  const [ass, setAss] = useState('')
  useEffect(() => {
    if (!style || !safeZone || !locale) return
    const endCard = cardKey ? ((JSON.parse(cardKey) as AssEndCard | null) ?? undefined) : undefined
    let live = true
    // The same builder, frame and inputs as the export (built in a worker: a long track takes a while),
    // so what the player shows is what gets burned in.
    buildAssOffThread({ width: PREVIEW_FRAME.width, height: PREVIEW_FRAME.height, locale, cues, style, safeZone, endCard }).then(
      (text) => live && setAss(text),
      (e: unknown) => console.error('ASS build failed', e)
    )
    return () => {
      live = false
    }
  }, [cues, locale, style, safeZone, cardKey])
  return base ? { ...base, cues, ass } : null
}
