import type { Cue, CueMark, SubtitleTrack, Translation, WordTiming } from '../project/schema'
import { splitCueInList, restorePages, type PageOptions } from './pages'
import { timedWords } from './words'

/*
 * Translations through short caption pages. A page split cuts the SOURCE cue at its word timings; the
 * translated text has its own words, so it is cut where its own words fall in time: its words are timed
 * over the original cue (stored timings, else spread by syllable weight in the translation's language)
 * and each page takes the words whose middle falls inside it. The cut is a guess (word order differs
 * between languages), so every page's share is stored as 'outdated': it shows up for review in the
 * translation views. The first page keeps the original translations, so "Restore cue" puts them back.
 */

/** A translation cut into one share per page (undefined where no translated word falls in a page). */
export function splitTranslation(
  t: Translation,
  original: Pick<Cue, 'startMs' | 'endMs'>,
  pages: readonly Pick<Cue, 'startMs' | 'endMs'>[],
  locale: string
): (Translation | undefined)[] {
  const words = timedWords(t.text, t.words, original.endMs - original.startMs, locale)
  const groups: number[][] = pages.map(() => [])
  words.forEach((w, i) => {
    const mid = original.startMs + (w.fromMs + w.toMs) / 2
    let k = pages.findIndex((p, j) => mid < p.endMs || j === pages.length - 1)
    if (k < 0) k = pages.length - 1
    groups[k]!.push(i)
  })
  return pages.map((page, k) => {
    const idx = groups[k]!
    if (!idx.length) return undefined
    const first = words[idx[0]!]!
    // A page's share runs to the start of the next page's first word, so punctuation and spaces between
    // the words stay with the text before them; the edges are trimmed.
    const nextFrom = k + 1 < pages.length ? groups.slice(k + 1).find((g) => g.length)?.[0] : undefined
    const from = idx[0] === 0 ? 0 : first.from
    const to = nextFrom !== undefined ? words[nextFrom]!.from : t.text.length
    const raw = t.text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const shift = from + lead
    const share: Translation = { text, status: 'outdated' }
    const marks = sliceMarks(t.marks, shift, shift + text.length)
    if (marks) share.marks = marks
    const offset = page.startMs - original.startMs
    share.words = idx.map((i): WordTiming => {
      const w = words[i]!
      const fromMs = Math.max(0, Math.round(w.fromMs - offset))
      return { text: w.text, fromMs, toMs: Math.max(fromMs, Math.round(w.toMs - offset)) }
    })
    return share
  })
}

function sliceMarks(marks: readonly CueMark[] | undefined, from: number, to: number): CueMark[] | undefined {
  const out = marks
    ?.filter((m) => (m.from === m.to ? m.from >= from && m.from <= to : m.to > from && m.from < to))
    .map((m) => ({ ...m, from: Math.max(m.from, from) - from, to: Math.min(m.to, to) - from }))
  return out?.length ? out : undefined
}

/**
 * The track with one cue split into pages (captions/pages.ts), each target locale's translation of it
 * cut into the pages' shares, and the original translations kept on the first page. Unchanged when the
 * cue fits on one page.
 */
export function splitPagesInTrack(track: SubtitleTrack, id: string, o: PageOptions): SubtitleTrack {
  const cues = splitCueInList(track.cues, id, o)
  if (cues.length === track.cues.length) return track
  const original = track.cues.find((c) => c.id === id)!
  const pages = cues.filter((c) => c.page?.group === id)
  const kept: Record<string, Translation> = {}
  const translations: SubtitleTrack['translations'] = {}
  for (const [locale, entries] of Object.entries(track.translations)) {
    const t = entries[id]
    if (!t) {
      translations[locale] = entries
      continue
    }
    kept[locale] = t
    const next = { ...entries }
    delete next[id]
    if (t.status !== 'missing' && t.text.trim()) {
      splitTranslation(t, original, pages, locale).forEach((share, k) => {
        if (share) next[pages[k]!.id] = share
      })
    }
    translations[locale] = next
  }
  if (Object.keys(kept).length) {
    const first = pages[0]!
    const withKept: Cue = {
      ...first,
      page: { ...first.page!, original: { ...first.page!.original!, translations: kept } }
    }
    cues[cues.indexOf(first)] = withKept
  }
  return { ...track, cues, translations }
}

/** Puts a split cue back with its original translations; the pages' shares are dropped. */
export function restorePagesInTrack(track: SubtitleTrack, group: string): SubtitleTrack {
  const first = track.cues.find((c) => c.page?.group === group && c.page.original)
  if (!first?.page?.original) return track
  const pageIds = new Set(track.cues.filter((c) => c.page?.group === group).map((c) => c.id))
  const originalId = first.page.original.id
  const kept = first.page.original.translations ?? {}
  const translations: SubtitleTrack['translations'] = {}
  for (const locale of new Set([...Object.keys(track.translations), ...Object.keys(kept)])) {
    const next = Object.fromEntries(
      Object.entries(track.translations[locale] ?? {}).filter(([cueId]) => !pageIds.has(cueId))
    )
    if (kept[locale]) next[originalId] = kept[locale]!
    translations[locale] = next
  }
  return { ...track, cues: restorePages(track.cues, group), translations }
}
