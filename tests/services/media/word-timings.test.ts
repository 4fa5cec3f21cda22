import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveFfmpeg } from '../../../src/main/services/ffmpeg/runner'
import { estimateWordTimings } from '../../../src/main/services/media/word-timings'
import { wordsFromEnergy } from '../../../src/shared/captions/audio-words'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'kf-words-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A clip whose audio is three "words" (220 Hz bursts) with pauses between them, then silence. */
async function burstClip(): Promise<string> {
  const { ffmpegPath } = await resolveFfmpeg()
  const file = join(dir, 'bursts.mp4')
  const voice = 'between(t,0.2,0.7)+between(t,0.9,1.5)+between(t,1.8,2.3)'
  await run(ffmpegPath, [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=gray:s=160x284:r=10:d=4',
    '-f',
    'lavfi',
    '-i',
    `aevalsrc='0.4*(${voice})*sin(2*PI*220*t)+0.002*sin(2*PI*50*t)':s=16000:d=4`,
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
    file
  ])
  return file
}

describe('word timings from the audio (energy and pauses), real decode', () => {
  it('each word lands on its burst of sound; a cue over silence is spread by weight', async () => {
    const file = await burstClip()
    const r = await estimateWordTimings(
      file,
      [
        { id: 'speech', startMs: 0, endMs: 2600, text: 'Be kindness now' },
        { id: 'quiet', startMs: 2600, endMs: 3900, text: 'in silence' }
      ],
      'en'
    )
    expect(r.fromAudio).toEqual(['speech'])
    const near = (a: number, b: number) => Math.abs(a - b) <= 60 // AAC priming and 10 ms peaks
    const words = r.words.speech!
    expect(words.map((w) => w.text)).toEqual(['Be', 'kindness', 'now'])
    ;[
      [200, 700],
      [900, 1500],
      [1800, 2300]
    ].forEach(([from, to], i) => {
      expect(near(words[i]!.fromMs, from!), `${words[i]!.text} starts at ${words[i]!.fromMs}`).toBe(true)
      expect(near(words[i]!.toMs, to!), `${words[i]!.text} ends at ${words[i]!.toMs}`).toBe(true)
    })
    expect(r.words.quiet).toEqual([
      { text: 'in', fromMs: 0, toMs: 325 },
      { text: 'silence', fromMs: 325, toMs: 1300 }
    ]) // 1 : 3 syllables
  }, 60_000)
})

describe('wordsFromEnergy (pure)', () => {
  const frames = (voiced: [number, number][], length = 300) =>
    Array.from({ length }, (_, i) => (voiced.some(([a, b]) => i * 10 >= a && i * 10 < b) ? 0.5 : 0.004))

  it('more words than bursts: the weights share the voiced time, boundaries move into nearby pauses', () => {
    const w = wordsFromEnergy(
      'be kind to all',
      0,
      3000,
      frames([
        [200, 700],
        [900, 1500]
      ]),
      100
    )!
    expect(w.map((x) => x.text)).toEqual(['be', 'kind', 'to', 'all'])
    expect(w[0]!.fromMs).toBe(200)
    expect(w.at(-1)!.toMs).toBe(1500)
    for (let i = 1; i < w.length; i++) expect(w[i]!.fromMs).toBeGreaterThanOrEqual(w[i - 1]!.toMs)
  })

  it('no speech (flat noise, silence, too quiet): null', () => {
    expect(wordsFromEnergy('be kind', 0, 3000, Array(300).fill(0.3), 100)).toBeNull()
    expect(wordsFromEnergy('be kind', 0, 3000, Array(300).fill(0), 100)).toBeNull()
    expect(
      wordsFromEnergy(
        'be kind',
        0,
        3000,
        frames([[0, 3000]]).map((x) => x / 100),
        100
      )
    ).toBeNull()
    expect(wordsFromEnergy('be kind', 0, 3000, [], 100)).toBeNull()
  })
})
