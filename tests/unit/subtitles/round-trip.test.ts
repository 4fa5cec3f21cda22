import { describe, expect, it } from 'vitest'
import type { Cue } from '../../../src/shared/project/schema'
import { parseSubtitles, serializeSubtitles } from '../../../src/shared/subtitles/formats'

// Deterministic pseudo-random cues (mulberry32), so a failure is reproducible.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const PIECES = ['kind', 'Olá', 'ça', ' ', ' ', ',', '!', '?', '🙂', '👩🏽‍🎨', 'مرحبا', '\u200f', '\u200b', '\u00a0', '<', '>', '&', '<i>', '</i>', '"', '1', '42', '-', '日本', '→', 'a-->b']

function randomCues(n: number, seed: number): Cue[] {
  const r = rng(seed)
  const cues: Cue[] = []
  let t = 0
  for (let i = 0; i < n; i++) {
    const lines: string[] = []
    const count = 1 + Math.floor(r() * 3)
    for (let l = 0; l < count; l++) {
      let line = ''
      const len = 1 + Math.floor(r() * 8)
      for (let k = 0; k < len; k++) line += PIECES[Math.floor(r() * PIECES.length)]
      line = line.trim() || 'x'
      lines.push(line)
    }
    const start = t + Math.floor(r() * 3000)
    const end = start + Math.floor(r() * 7000)
    t = start
    cues.push({ id: `c${i + 1}`, startMs: start, endMs: end, text: lines.join('\n') })
  }
  return cues
}

describe('round trips keep timings to the millisecond and text exactly', () => {
  const cues = randomCues(500, 20261121)
  it('SRT', () => {
    // "-->" cannot appear in SRT text; the writer protects it with an invisible word joiner.
    const expected = cues.map((c) => ({ ...c, text: c.text.replace(/-->/g, '--\u2060>') }))
    const back = parseSubtitles(serializeSubtitles(cues, 'srt'), 'srt')
    expect(back.report.entries).toEqual([])
    expect(back.cues).toEqual(expected)
    expect(parseSubtitles(serializeSubtitles(back.cues, 'srt', { eol: '\r\n' }), 'srt').cues).toEqual(expected)
  })
  it('WebVTT', () => {
    const back = parseSubtitles(serializeSubtitles(cues, 'vtt'), 'vtt')
    expect(back.report.entries).toEqual([])
    expect(back.cues).toEqual(cues)
  })
  it('ASS (times in centiseconds)', () => {
    const back = parseSubtitles(serializeSubtitles(cues, 'ass'), 'ass')
    expect(back.report.entries).toEqual([])
    expect(back.cues.map((c) => [c.startMs, c.endMs])).toEqual(cues.map((c) => [Math.round(c.startMs / 10) * 10, Math.round(c.endMs / 10) * 10]))
    expect(back.cues.map((c) => c.text)).toEqual(cues.map((c) => c.text))
  })
})
