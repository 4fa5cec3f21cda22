import { describe, expect, it } from 'vitest'
import { BoundedCache } from '../../../src/shared/bounded-cache'
import { cleanUserText, escapeCleanText, WORD_JOINER } from '../../../src/shared/ass/escape-text'
import { eventText } from '../../../src/shared/ass/event-text'
import { familyFor, runScale, scriptOf, splitScriptRuns, type ScriptRun } from '../../../src/shared/ass/script-runs'

/*
 * The ASS builder skips work for the common case (Latin text needing no cleaning, escaping or font
 * switches) and memoizes mixed-script event text. These tests hold the fast paths to the straight
 * implementations they replace (copied here as the reference), on tricky and on random text.
 */

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

function referenceClean(text: string, max: number): string {
  const normalized = text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, '')
  const graphemes = normalized.length <= max ? [] : Array.from(GRAPHEMES.segment(normalized), (s) => s.segment)
  const capped =
    normalized.length <= max || graphemes.length <= max
      ? normalized
      : `${graphemes
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
  return capped
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, (spaces) => '\u00A0'.repeat(spaces.length)))
    .join('\n')
}

function referenceEscape(clean: string): string {
  let out = ''
  for (const ch of clean)
    out += ch === '\\' ? `\\${WORD_JOINER}` : ch === '{' ? '\\{' : ch === '}' ? '\\}' : ch === '\n' ? '\\N' : ch
  return out
}

function referenceRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = []
  let pending = ''
  for (const ch of text) {
    const script = scriptOf(ch)
    const last = runs[runs.length - 1]
    if (script === undefined) {
      if (last) last.text += ch
      else pending += ch
    } else if (last && last.script === script) last.text += ch
    else {
      runs.push({ script, text: pending + ch })
      pending = ''
    }
  }
  if (pending) runs.push({ script: 'base', text: pending })
  return runs
}

function referenceEventText(text: string, base: string, locale: string, max: number): string {
  let family = base
  let scale = 100
  let out = ''
  for (const run of referenceRuns(referenceClean(text, max))) {
    const next = familyFor(run.script, base, locale)
    const nextScale = runScale(next, base)
    if (next !== family || nextScale !== scale) {
      out += `{${next !== family ? `\\fn${next}` : ''}${nextScale !== scale ? `\\fscx${nextScale}\\fscy${nextScale}` : ''}}`
      family = next
      scale = nextScale
    }
    out += referenceEscape(run.text)
  }
  return out
}

const TRICKY = [
  '',
  ' ',
  'plain text',
  ' lead',
  'trail ',
  'a\n b',
  'a \nb',
  'two\nlines',
  'x\r\ny',
  'tab\there',
  'nul\u0000',
  'del\u007f',
  'c1\u0085',
  'ls\u2028',
  'ok 😀 pair',
  'lone \uD800 high',
  'lone \uDC00 low',
  '\uDC00\uD800',
  'a{b}c',
  'back\\slash',
  '\\N',
  'é ñ ü',
  'Ωмега שלום',
  'สวัสดี 123!',
  'Hi สวัสดี',
  'مرحبا Ali!',
  'नमस्ते',
  '日本語 ok',
  '👍🏽👩‍👩‍👧🇲🇾☀️',
  '© ™ ‼ →',
  '\u00a0nbsp\u00a0',
  '\u200b\u200d',
  'x'.repeat(40)
]

function randomTexts(count: number): string[] {
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  const pool = [...'abcXYZ 019.,!?\'"-*@$#', ...TRICKY.slice(1), '\n', ' \n ', '\t', '\r', '\uD83D', '\uDE00']
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 10) }, () => pool[Math.floor(next() * pool.length)]).join('')
  )
}

const SAMPLES = [...TRICKY, ...randomTexts(1500)]

/** The samples where `actual` and `expected` disagree (one assertion per test keeps it quick). */
function disagreements<T>(actual: (text: string) => T, expected: (text: string) => T): [string, T, T][] {
  const out: [string, T, T][] = []
  for (const text of SAMPLES) {
    const a = actual(text)
    const e = expected(text)
    if (JSON.stringify(a) !== JSON.stringify(e)) out.push([text, a, e])
  }
  return out
}

describe('fast paths give exactly what the straight implementation gives', () => {
  it('cleanUserText, at the default cap and at tiny caps', () => {
    for (const max of [500, 12, 3])
      expect(
        disagreements(
          (t) => cleanUserText(t, max),
          (t) => referenceClean(t, max)
        )
      ).toEqual([])
  })

  it('escapeCleanText', () => {
    expect(disagreements(escapeCleanText, referenceEscape)).toEqual([])
  })

  it('splitScriptRuns', () => {
    expect(disagreements(splitScriptRuns, referenceRuns)).toEqual([])
  })

  it('eventText, first call and memoized repeat, across families and locales', () => {
    for (const [base, locale] of [
      ['Noto Sans', 'en'],
      ['Noto Sans Arabic', 'ar'],
      ['Noto Sans', 'ja'],
      ['My Font', 'zh-TW']
    ]) {
      const reference = (t: string) => referenceEventText(t, base, locale, 80)
      expect(disagreements((t) => eventText(t, base, locale, 80), reference)).toEqual([])
      expect(disagreements((t) => eventText(t, base, locale, 80), reference)).toEqual([])
    }
  })

  it('a memoized mixed-script text is not reused across base families or locales', () => {
    expect(eventText('日本 ok', 'Noto Sans', 'ja')).toBe('{\\fnNoto Sans CJK JP}日本 {\\fnNoto Sans}ok')
    expect(eventText('日本 ok', 'Noto Sans', 'ko')).toBe('{\\fnNoto Sans CJK KR}日本 {\\fnNoto Sans}ok')
    expect(eventText('日本 ok', 'Other', 'ja')).toBe('{\\fnNoto Sans CJK JP}日本 {\\fnOther}ok')
  })
})

describe('BoundedCache', () => {
  it('keeps what was used since the last swap and never more than twice its limit', () => {
    const cache = new BoundedCache<number>(3)
    for (const [k, v] of [
      ['a', 1],
      ['b', 2],
      ['c', 3]
    ] as const)
      cache.set(k, v)
    cache.set('d', 4) // young was full: a, b, c become old
    expect([cache.get('a'), cache.get('d')]).toEqual([1, 4]) // "a" is promoted back into young
    cache.set('e', 5) // young (d, a, e) is now full
    cache.set('f', 6) // swap: d, a, e become old; b and c are dropped
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => cache.get(k))).toEqual([1, undefined, undefined, 4, 5, 6])
    cache.clear()
    expect(cache.get('f')).toBeUndefined()
  })
})
