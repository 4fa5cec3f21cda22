import type { Cue, CueMark } from '../project/schema'
import { fitLines } from './line-fit'
import { tokenizeWords } from './tokens'
import { timedWords, type TimedWord } from './words'

/**
 * Short caption pages: a long cue becomes consecutive cues of a few words and at most `maxLines` lines
 * (for the vertical frame), cut at word boundaries from Intl.Segmenter (so Thai and CJK split too) and
 * timed from the cue's word timings. The first page keeps the cue's id and carries the original, so
 * restorePages puts back exactly what was there. Pure; the studio applies it as one undoable edit.
 */

export interface PageOptions {
  /** Most words on a page. */
  maxWords: number
  /** Characters per line (the caption style's maxCharsPerLine). */
  maxChars: number
  maxLines: number
  locale: string
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = { maxWords: 4, maxChars: 24, maxLines: 2, locale: 'und' }

const SENTENCE_END = /[.!?…。！？؟]["'”’»)]*$/u

/** Groups of word indexes, one per page. */
export function pageBreaks(text: string, words: readonly TimedWord[], o: PageOptions): [number, number][] {
  const pages: [number, number][] = []
  let first = 0
  const fits = (a: number, b: number) => {
    const slice = text.slice(words[a]!.from, words[b]!.to)
    return fitLines(slice, tokenizeWords(slice, o.locale), o.maxChars).split('\n').length <= o.maxLines
  }
  // Written without spaces (Thai, CJK), the segmenter's "words" are short and cutting after N of them
  // can split an inflected verb: there a page holds about as many characters as N spaced words.
  const unspaced = !/\s/u.test(text.trim())
  const tooMany = (a: number, b: number) =>
    unspaced ? [...text.slice(words[a]!.from, words[b]!.to)].length > o.maxWords * 4 : b - a + 1 > o.maxWords
  for (let i = 1; i <= words.length; i++) {
    const end = i === words.length
    const full = !end && (tooMany(first, i) || !fits(first, i))
    // A sentence end closes the page, so a page never starts with the tail of the last sentence.
    const sentence = !end && SENTENCE_END.test(words[i - 1]!.text)
    if (end || full || sentence) {
      pages.push([first, i - 1])
      first = i
    }
  }
  return pages
}

/** The cue as pages (the cue itself when it fits on one page, is already a page, or has no words). */
export function splitIntoPages(cue: Cue, o: PageOptions, takenIds: ReadonlySet<string>): Cue[] {
  if (cue.page) return [cue]
  const duration = cue.endMs - cue.startMs
  const words = timedWords(cue.text, cue.words, duration, o.locale)
  if (words.length < 2) return [cue]
  const groups = pageBreaks(cue.text, words, o)
  if (groups.length < 2) return [cue]
  const original: NonNullable<Cue['page']>['original'] = {
    id: cue.id,
    startMs: cue.startMs,
    endMs: cue.endMs,
    text: cue.text
  }
  if (cue.marks) original.marks = cue.marks
  if (cue.words) original.words = cue.words
  return groups.map(([a, b], index) => {
    const from = words[a]!.from
    const to = words[b]!.to
    const startMs = index === 0 ? cue.startMs : cue.startMs + words[a]!.fromMs
    const endMs = index === groups.length - 1 ? cue.endMs : cue.startMs + words[b + 1]!.fromMs
    const page: Cue = {
      id: index === 0 ? cue.id : freshId(cue.id, index, takenIds),
      startMs,
      endMs,
      text: cue.text.slice(from, to)
    }
    if (cue.speaker !== undefined) page.speaker = cue.speaker
    if (cue.place) page.place = cue.place
    const marks = sliceMarks(cue.marks, from, to)
    if (marks) page.marks = marks
    page.words = words
      .slice(a, b + 1)
      .map((w) => ({ text: w.text, fromMs: cue.startMs + w.fromMs - startMs, toMs: cue.startMs + w.toMs - startMs }))
    page.page = { group: cue.id, index, count: groups.length, ...(index === 0 ? { original } : {}) }
    return page
  })
}

/** Puts a split cue back: the pages of `group` are replaced by the original cue, where the first page was. */
export function restorePages(cues: readonly Cue[], group: string): Cue[] {
  const first = cues.find((c) => c.page?.group === group && c.page.original)
  if (!first?.page?.original) return [...cues]
  const o = first.page.original
  const restored: Cue = { id: o.id, startMs: o.startMs, endMs: o.endMs, text: o.text }
  if (first.speaker !== undefined) restored.speaker = first.speaker
  if (o.marks) restored.marks = o.marks
  if (first.place) restored.place = first.place
  if (first.native) restored.native = first.native
  if (o.words) restored.words = o.words
  const out: Cue[] = []
  for (const c of cues) {
    if (c.page?.group !== group) out.push(c)
    else if (c === first) out.push(restored)
  }
  return out
}

function freshId(base: string, index: number, taken: ReadonlySet<string>): string {
  let id = `${base}-p${index + 1}`
  for (let n = 2; taken.has(id); n++) id = `${base}-p${index + 1}-${n}`
  return id
}

function sliceMarks(marks: readonly CueMark[] | undefined, from: number, to: number): CueMark[] | undefined {
  const out = marks
    ?.filter((m) => (m.from === m.to ? m.from >= from && m.from <= to : m.to > from && m.from < to))
    .map((m) => ({ ...m, from: Math.max(m.from, from) - from, to: Math.min(m.to, to) - from }))
  return out?.length ? out : undefined
}

/** The track with one cue split into pages (unchanged when it fits on one page). */
export function splitCueInList(cues: readonly Cue[], id: string, o: PageOptions): Cue[] {
  const i = cues.findIndex((c) => c.id === id)
  if (i < 0) return [...cues]
  const pages = splitIntoPages(cues[i]!, o, new Set(cues.map((c) => c.id)))
  return [...cues.slice(0, i), ...pages, ...cues.slice(i + 1)]
}

/** Page limits from the clip's caption style (its characters per line; at most two lines for the vertical frame). */
export function pageOptionsFor(
  caption: { options: { maxCharsPerLine: number; maxLines: number } } | null,
  locale: string
): PageOptions {
  if (!caption) return { ...DEFAULT_PAGE_OPTIONS, locale }
  return {
    ...DEFAULT_PAGE_OPTIONS,
    maxChars: caption.options.maxCharsPerLine,
    maxLines: Math.min(2, caption.options.maxLines),
    locale
  }
}
