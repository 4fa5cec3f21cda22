import { markTranslationDone } from '../../../../shared/subtitles/translations'
import { selectedClip, useStudio } from '../../store'
import { subtitleCommands } from './commands'
import { updateTrack } from './track-updates'

/**
 * mod+Enter. Source text is saved as it is typed, so in the subtitle editor this moves on; in the
 * translate tab it also marks the current translation done (the translator's "accept and next").
 */
export function commitAndNext(): void {
  const s = useStudio.getState()
  const clip = selectedClip(s)
  const cueId = s.selectedCueId
  const targets = s.project?.targetLocales ?? []
  // The translate panel's locale: the edit locale when it is a target, else the first target.
  const locale = s.editLocale && targets.includes(s.editLocale) ? s.editLocale : targets[0]
  const translating = useStudio.getState().inspectorTab === 'translate'
  if (clip && cueId && locale && translating) updateTrack(clip.id, (track) => markTranslationDone(track, locale, cueId))
  subtitleCommands.next()
}
