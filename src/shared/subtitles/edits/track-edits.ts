import type { Cue, SubtitleTrack, Translation } from '../../project/schema'
import { withSourceCues } from '../translations'
import { mergeCues } from './cue-edits'

/**
 * Applies a cue-list edit to the SOURCE track: edited cues get new fingerprints, so their translations
 * are marked outdated (withSourceCues), translations of deleted cues are dropped.
 * e.g. editSourceTrack(track, (cues) => shiftCues(cues, 500)).
 */
export function editSourceTrack(track: SubtitleTrack, edit: (cues: readonly Cue[]) => Cue[]): SubtitleTrack {
  return withSourceCues(track, edit(track.cues))
}

/**
 * Merge on the source track that keeps translators' work: the merged cue's translation in each locale
 * is the translations of the parts joined (as 'outdated', since the source changed).
 */
export function mergeSourceCues(track: SubtitleTrack, ids: readonly string[]): SubtitleTrack {
  const ordered = track.cues.filter((c) => ids.includes(c.id)).map((c) => c.id)
  if (ordered.length < 2) return track
  const translations: SubtitleTrack['translations'] = {}
  for (const [locale, byId] of Object.entries(track.translations)) {
    const parts = ordered.map((id) => byId[id]?.text.trim()).filter((t): t is string => !!t)
    const next: Record<string, Translation> = { ...byId }
    if (parts.length)
      next[ordered[0]] = {
        text: parts.join('\n'),
        status: 'outdated',
        sourceFingerprint: byId[ordered[0]]?.sourceFingerprint
      }
    translations[locale] = next
  }
  return withSourceCues({ ...track, translations }, mergeCues(track.cues, ids))
}
