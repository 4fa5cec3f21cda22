import { useMemo } from 'react'
import { buildAss } from '../../../../shared/ass/build-ass'
import { endCardLayout } from '../../../../shared/ass/end-card-layout'
import { isRtlLocale } from '../../../../shared/locales'
import { selectedClip, useStudio } from '../../store'
import { resolveEndCard, timelineSpan } from '../endcard/resolve'
import { cuesForLocale } from '../../../../shared/subtitles/translations'

/** The export frame: 9:16 1080×1920 for the TikTok preset (the only vertical preset the studio previews). */
export const PREVIEW_FRAME = { width: 1080, height: 1920 } as const

/** Everything the stage needs for one clip × locale, derived from the document (not stored). */
export function usePreviewModel() {
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  return useMemo(() => {
    if (!project || !clip) return null
    const locale = editLocale ?? project.sourceLocale
    const card = resolveEndCard(project, clip)
    const clipMs = clip.probe?.durationMs ?? 0
    const span = timelineSpan(clipMs, card)
    // The export's own selection of cues per locale, so the preview cannot disagree with it.
    const cues = cuesForLocale(clip.track, locale === project.sourceLocale ? undefined : locale)
    const ass = buildAss({
      width: PREVIEW_FRAME.width,
      height: PREVIEW_FRAME.height,
      locale,
      cues,
      style: project.style,
      safeZone: project.export.safeZone,
      endCard:
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
    })
    const layout = endCardLayout(PREVIEW_FRAME.width, PREVIEW_FRAME.height, card.layout)
    const photo = {
      left: (layout.photo.x / PREVIEW_FRAME.width) * 100,
      top: (layout.photo.y / PREVIEW_FRAME.height) * 100,
      size: (layout.photo.size / PREVIEW_FRAME.width) * 100
    }
    return { project, clip, locale, rtl: isRtlLocale(locale), card, span, cues, ass, photo, frame: PREVIEW_FRAME, safeZone: project.export.safeZone }
  }, [project, clip, editLocale])
}
