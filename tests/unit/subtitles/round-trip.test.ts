import { describe, expect, it } from 'vitest'
import type { Cue, CueMark, CuePlacement } from '../../../src/shared/project/schema'
import { parseSubtitles, serializeSubtitles, type SubtitleFormat } from '../../../src/shared/subtitles/formats'
import { normalizeMarks } from '../../../src/shared/subtitles/rich/marks'

// Deterministic pseudo-random cues (mulberry32), so a failure is reproducible.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const PIECES = [
  'kind',
  'Olá',
  'ça',
  ' ',
  ' ',
  ',',
  '!',
  '?',
  '🙂',
  '👩🏽‍🎨',
  'مرحبا',
  '\u200f',
  '\u200b',
  '\u00a0',
  '<',
  '>',
  '&',
  '<i>',
  '</i>',
  '"',
  '1',
  '42',
  '-',
  '日本',
  '→',
  'a-->b',
  '{x}',
  '\\N',
  'b\\'
]

function randomLines(r: () => number, pieces: string[]): string {
  const lines: string[] = []
  const count = 1 + Math.floor(r() * 3)
  for (let l = 0; l < count; l++) {
    let line = ''
    const len = 1 + Math.floor(r() * 8)
    for (let k = 0; k < len; k++) line += pieces[Math.floor(r() * pieces.length)]
    lines.push(line.trim() || 'x')
  }
  return lines.join('\n')
}

function randomCues(n: number, seed: number, pieces = PIECES): Cue[] {
  const r = rng(seed)
  const cues: Cue[] = []
  let t = 0
  for (let i = 0; i < n; i++) {
    const start = t + Math.floor(r() * 3000)
    const end = start + Math.floor(r() * 7000)
    t = start
    cues.push({ id: `c${i + 1}`, startMs: start, endMs: end, text: randomLines(r, pieces) })
  }
  return cues
}

describe('plain text round trips keep timings to the millisecond and text exactly', () => {
  const cues = randomCues(500, 20261121)
  it('SRT (text that looks like a tag or a timing arrow is protected and read back as typed)', () => {
    const back = parseSubtitles(serializeSubtitles(cues, 'srt'), 'srt')
    expect(back.report.entries).toEqual([])
    expect(back.cues).toEqual(cues)
    expect(parseSubtitles(serializeSubtitles(back.cues, 'srt', { eol: '\r\n' }), 'srt').cues).toEqual(cues)
  })
  it('WebVTT', () => {
    const back = parseSubtitles(serializeSubtitles(cues, 'vtt'), 'vtt')
    expect(back.report.entries).toEqual([])
    expect(back.cues).toEqual(cues)
  })
  it('ASS (times in centiseconds; braces become their full-width lookalikes)', () => {
    const back = parseSubtitles(serializeSubtitles(cues, 'ass'), 'ass')
    expect(back.report.entries).toEqual([])
    expect(back.cues.map((c) => [c.startMs, c.endMs])).toEqual(
      cues.map((c) => [Math.round(c.startMs / 10) * 10, Math.round(c.endMs / 10) * 10])
    )
    expect(back.cues.map((c) => c.text)).toEqual(
      cues.map((c) => c.text.replace(/\{/g, '\uff5b').replace(/\}/g, '\uff5d'))
    )
  })
})

/*
 * Every ordered pair of formats, with formatting and positions: model → A → read → B → read must give the
 * model back, minus what one of the two formats cannot say: SRT has no speaker and no exact position
 * (it keeps the \an anchor). Times are multiples of 10 ms (ASS has centiseconds); positions are whole
 * pixels of the 1080×1920 ASS frame; text avoids the characters ASS can only write as lookalikes.
 */
const RICH_PIECES = [
  'kind',
  'Olá',
  'ça',
  ' ',
  ',',
  '!',
  '?',
  '🙂',
  'مرحبا',
  '<',
  '>',
  '&',
  '"',
  '42',
  '-',
  '日本',
  'a-->b',
  '<i>'
]
const STYLE_KINDS = ['italic', 'bold', 'underline', 'strike'] as const
const COLORS = ['#FF0000', '#FFFF00', '#12AB34', '#00FFFF']

function richCues(n: number, seed: number): Cue[] {
  const r = rng(seed)
  return randomCues(n, seed, RICH_PIECES).map((c, i) => {
    const cue: Cue = { ...c, startMs: Math.round(c.startMs / 10) * 10, endMs: Math.round(c.endMs / 10) * 10 }
    const len = cue.text.length
    const marks: CueMark[] = []
    const markCount = Math.floor(r() * 4)
    for (let k = 0; k < markCount; k++) {
      const a = Math.floor(r() * len)
      const b = a + 1 + Math.floor(r() * (len - a))
      marks.push({ from: a, to: b, kind: STYLE_KINDS[Math.floor(r() * STYLE_KINDS.length)] })
    }
    if (r() < 0.4) {
      const a = Math.floor(r() * len)
      marks.push({
        from: a,
        to: a + 1 + Math.floor(r() * (len - a)),
        kind: 'color',
        value: COLORS[Math.floor(r() * COLORS.length)]
      })
    }
    const normalized = normalizeMarks(marks, len)
    if (normalized) cue.marks = normalized
    const an = 1 + Math.floor(r() * 9)
    if (r() < 0.3) {
      const px = Math.floor(r() * 1080)
      const py = Math.floor(r() * 1920)
      cue.place = {
        an,
        x: Math.round((px / 1080) * 100 * 10_000) / 10_000,
        y: Math.round((py / 1920) * 100 * 10_000) / 10_000
      }
    } else if (an !== 2) cue.place = { an }
    if (i % 3 === 0) cue.speaker = i % 2 ? 'Ana' : 'Tom Lee'
    return cue
  })
}

function project(cues: Cue[], formats: SubtitleFormat[]): Partial<Cue>[] {
  const srt = formats.includes('srt')
  return cues.map((c) => {
    const out: Partial<Cue> = { id: c.id, startMs: c.startMs, endMs: c.endMs, text: c.text }
    if (c.speaker && !srt) out.speaker = c.speaker
    if (c.marks) out.marks = c.marks
    const place: CuePlacement | undefined =
      c.place && srt ? (c.place.an === 2 ? undefined : { an: c.place.an }) : c.place
    if (place) out.place = place
    return out
  })
}

const comparable = (cues: Cue[]) => cues.map(({ native: _n, ...rest }) => rest)

describe('round trips between every pair of formats keep formatting and positions', () => {
  const model = richCues(300, 777)
  const formats: SubtitleFormat[] = ['srt', 'vtt', 'ass']
  for (const a of formats)
    for (const b of formats) {
      it(`${a} → ${b}`, () => {
        const first = parseSubtitles(serializeSubtitles(model, a), a)
        expect(first.report.entries).toEqual([])
        const second = parseSubtitles(serializeSubtitles(first.cues, b, { native: first.native }), b)
        expect(second.report.entries).toEqual([])
        expect(comparable(second.cues)).toEqual(project(model, [a, b]))
      })
    }

  it('a formatted, placed cue written to each format looks as expected', () => {
    const cue: Cue = {
      id: 'c1',
      startMs: 1000,
      endMs: 2500,
      text: 'Off-screen voice\nfor you',
      speaker: 'Ana',
      place: { an: 8 },
      marks: [
        { from: 0, to: 24, kind: 'italic' },
        { from: 17, to: 20, kind: 'bold' },
        { from: 20, to: 24, kind: 'color', value: '#FFFF00' }
      ]
    }
    expect(serializeSubtitles([cue], 'srt')).toBe(
      '1\n00:00:01,000 --> 00:00:02,500\n{\\an8}<i>Off-screen voice\n<b>for</b><font color="#ffff00"> you</font></i>\n'
    )
    expect(serializeSubtitles([cue], 'vtt')).toBe(
      'WEBVTT\n\nc1\n00:00:01.000 --> 00:00:02.500 line:0\n<v Ana><i>Off-screen voice\n<b>for</b><c.yellow> you</c></i>\n'
    )
    expect(serializeSubtitles([cue], 'ass').split('\n').at(-2)).toBe(
      'Dialogue: 0,0:00:01.00,0:00:02.50,Default,Ana,0,0,0,,{\\an8\\i1}Off-screen voice\\N{\\b1}for{\\b0\\c&H00FFFF&} you'
    )
  })
})
