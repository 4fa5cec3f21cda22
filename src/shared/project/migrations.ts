import { PROJECT_VERSION } from './schema'
import { readSrtText } from '../subtitles/rich/srt-markup'
import { cueFingerprint } from '../subtitles/fingerprint'

/**
 * Steps that upgrade a raw project object one version at a time: MIGRATIONS[n] turns version n
 * into version n + 1. Add one entry (and bump PROJECT_VERSION in schema.ts) for every breaking
 * change; never edit a released step. Steps receive plain JSON (not yet validated) and must not
 * mutate their input.
 */
export type Migration = (raw: Record<string, unknown>) => { raw: Record<string, unknown>; note: string }

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: tagsToMarks,
  2: captionStyles
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** Only text that has markup goes through the reader (and only the markup v1 kept: SRT/WebVTT tags, `{\an}`). */
const MARKUP = /<\s*\/?\s*(?:[ibus]|font)\b[^>]*>|\{\\/i

/**
 * 1 → 2: cue text became plain text + formatting marks + placement. Version 1 kept SRT/WebVTT tags
 * (`<i>`, `<b>`, `<u>`, `<font color>`, `{\an8}`) inside the text, where the lint and QC counted them
 * and the burn-in showed them as characters; they become marks and a placement, in source cues and in
 * translations. Cues without markup are left exactly as they were.
 */
function tagsToMarks(raw: Json): { raw: Json; note: string } {
  let converted = 0
  const clips = Array.isArray(raw.clips)
    ? raw.clips.map((clip) => {
        if (!isObject(clip) || !isObject(clip.track)) return clip
        const track = clip.track
        // Translations made against a cue's old text stay current: their fingerprint moves with the text.
        const refingerprint = new Map<string, [string, string]>()
        const cues = Array.isArray(track.cues)
          ? track.cues.map((cue) => {
              if (!isObject(cue) || typeof cue.text !== 'string' || !MARKUP.test(cue.text)) return cue
              const r = readSrtText(cue.text)
              converted++
              const next: Json = { ...cue, text: r.text }
              if (r.marks) next.marks = r.marks
              if (r.place) next.place = r.place
              if (typeof cue.id === 'string' && typeof cue.startMs === 'number' && typeof cue.endMs === 'number') {
                const timing = { startMs: cue.startMs, endMs: cue.endMs }
                refingerprint.set(cue.id, [
                  cueFingerprint({ ...timing, text: cue.text }),
                  cueFingerprint({ ...timing, text: r.text })
                ])
              }
              return next
            })
          : track.cues
        const translations = isObject(track.translations)
          ? Object.fromEntries(
              Object.entries(track.translations).map(([locale, byId]) => [
                locale,
                isObject(byId)
                  ? Object.fromEntries(
                      Object.entries(byId).map(([id, entry]) => {
                        if (!isObject(entry)) return [id, entry]
                        let t = entry
                        const prints = refingerprint.get(id)
                        if (prints && t.sourceFingerprint === prints[0]) t = { ...t, sourceFingerprint: prints[1] }
                        if (typeof t.text !== 'string' || !MARKUP.test(t.text)) return [id, t]
                        const r = readSrtText(t.text)
                        converted++
                        return [id, r.marks ? { ...t, text: r.text, marks: r.marks } : { ...t, text: r.text }]
                      })
                    )
                  : byId
              ])
            )
          : track.translations
        return { ...clip, track: { ...track, cues, translations } }
      })
    : raw.clips
  return {
    raw: { ...raw, clips },
    note: converted
      ? `formatting tags in ${converted} cue text${converted === 1 ? '' : 's'} became italic/bold/… formatting`
      : 'cues can carry formatting and positions'
  }
}

/**
 * 2 → 3: caption styles (project `caption`, clip `caption`), word timings and caption pages on cues.
 * All new fields are optional and a version-2 project means Classic with no word timings, so nothing
 * changes in the data; the version moves so that an older Kindframe refuses the file instead of
 * silently dropping the word timings and style it does not know.
 */
function captionStyles(raw: Json): { raw: Json; note: string } {
  return {
    raw,
    note: 'captions can have a style preset, word timings and short pages (your captions keep the Classic look)'
  }
}

export interface Migrated {
  raw: Record<string, unknown>
  notes: string[]
}

/**
 * Runs every step from `raw.version` up to `target`. Throws a plain Error naming the missing step
 * when the table has a gap (a programming error, not a user error).
 */
export function migrateProject(
  raw: Record<string, unknown>,
  fromVersion: number,
  table: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = PROJECT_VERSION
): Migrated {
  let current = raw
  const notes: string[] = []
  for (let v = fromVersion; v < target; v++) {
    const step = table[v]
    if (!step) throw new Error(`No migration from project version ${v} to ${v + 1}.`)
    const out = step(current)
    current = { ...out.raw, version: v + 1 }
    notes.push(`Upgraded from version ${v} to ${v + 1}: ${out.note}`)
  }
  return { raw: current, notes }
}
