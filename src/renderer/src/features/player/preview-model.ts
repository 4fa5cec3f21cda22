import { useEffect, useMemo, useState } from 'react'
import { endCardLayout } from '../../../../shared/ass/end-card-layout'
import { outputAssInput, safeZoneFor } from '../../../../shared/export/output-timeline'
import { isRtlLocale } from '../../../../shared/locales'
import { selectedClip, useStudio } from '../../store'
import { previewPreset, resolveEndCard, timelineSpan } from '../endcard/resolve'
import { buildAssOffThread } from '../subtitles/checks-client'
import { useDebounced } from '../subtitles/use-debounced'
import { setChoice } from '../../../../shared/captions/edit-choice'
import { useCaptionPreview } from '../captions/preview-store'

/**
 * Everything the stage needs for one clip × locale, derived from the document (not stored).
 * The ASS comes from `outputAssInput`, the very function the export calls for the file it burns,
 * at the project's preset frame: what the player shows is what gets burned in.
 */
export function usePreviewModel() {
  const project = useStudio((s) => s.project)
  const clip = useStudio(selectedClip)
  const editLocale = useStudio((s) => s.editLocale)
  // A long track's ASS is rebuilt (and re-parsed by libass) a moment after typing stops, not on every
  // keystroke: keeps typing in a 5,000-cue track under a frame. The whole document is debounced (not
  // just the track) because every edit makes a new project object, and the ASS depends on it.
  const settledProject = useDebounced(project, 150)

  const base = useMemo(() => {
    if (!project || !clip) return null
    const locale = editLocale ?? project.sourceLocale
    const preset = previewPreset(project)
    // The preset object itself is the frame: it is stable across edits. A fresh {width, height} here
    // would restart libass (SubtitleLayer re-creates its renderer when the frame changes) on every keystroke.
    const frame: { readonly width: number; readonly height: number } = preset
    const card = resolveEndCard(project, clip)
    const span = timelineSpan(project, clip)
    const layout = endCardLayout(frame.width, frame.height, card.layout)
    const photo = {
      left: (layout.photo.x / frame.width) * 100,
      top: (layout.photo.y / frame.height) * 100,
      size: (layout.photo.size / frame.width) * 100
    }
    return {
      project,
      clip,
      locale,
      preset,
      rtl: isRtlLocale(locale),
      card,
      span,
      photo,
      frame,
      safeZone: safeZoneFor(project, preset)
    }
  }, [project, clip, editLocale])

  const clipId = clip?.id
  const locale = base?.locale
  // A caption style being looked at in the gallery is drawn on this clip before it is chosen.
  const captionPreview = useCaptionPreview((s) => s.preview)
  const input = useMemo(() => {
    const shown =
      settledProject && captionPreview && clipId
        ? setChoice(settledProject, clipId, 'clip', captionPreview)
        : settledProject
    const settledClip = shown?.clips.find((c) => c.id === clipId)
    if (!shown || !settledClip || !locale) return null
    return outputAssInput(shown, settledClip, locale, previewPreset(shown), settledClip.probe?.durationMs ?? 0)
  }, [settledProject, clipId, locale, captionPreview])

  // The ASS and the input it was built from: until they match the current input the preview is
  // behind the document, and the player says so (data-frame="pending") instead of passing for current.
  const [built, setBuilt] = useState<{ ass: string; input: typeof input }>({ ass: '', input: null })
  useEffect(() => {
    if (!input) return
    let live = true
    // Built in a worker: a long track takes a while.
    buildAssOffThread(input).then(
      (text) => live && setBuilt({ ass: text, input }),
      (e: unknown) => console.error('ASS build failed', e)
    )
    return () => {
      live = false
    }
  }, [input])
  const assPending = built.input !== input || settledProject !== project
  return base
    ? { ...base, cues: input?.cues ?? [], ass: built.ass, assLocale: built.input?.locale ?? base.locale, assPending }
    : null
}
