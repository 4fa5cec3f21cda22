import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  detectSpeech,
  draftCuesFromScript,
  silenceDetectArgs
} from '../../../src/main/services/subtitles/draft-from-script'
import { MEDIA_DIR, makeClip } from '../../helpers/media'

const run = promisify(execFile)

/** Tone bursts at 0.30–1.20 s, 1.80–3.00 s and 3.50–4.40 s in 4.8 s of otherwise silent audio (cached in tests/.media). */
async function makeBursts(): Promise<string> {
  mkdirSync(MEDIA_DIR, { recursive: true })
  const out = join(MEDIA_DIR, 'bursts_0.3-1.2_1.8-3.0_3.5-4.4.wav')
  if (existsSync(out)) return out
  const expr = "'if(between(t,0.3,1.2)+between(t,1.8,3.0)+between(t,3.5,4.4),0.5*sin(2*PI*440*t),0)'"
  const tmp = `${out}.part.wav`
  await run('ffmpeg', [
    '-y',
    '-hide_banner',
    '-loglevel',
    'error',
    '-f',
    'lavfi',
    '-i',
    `aevalsrc=${expr}:s=48000:d=4.8`,
    '-c:a',
    'pcm_s16le',
    tmp
  ])
  renameSync(tmp, out)
  return out
}

let bursts = ''
beforeAll(async () => {
  bursts = await makeBursts()
})

describe('speech detection with ffmpeg silencedetect', () => {
  it('builds an argument array (no shell)', () => {
    expect(silenceDetectArgs('/a b/c.mp4')).toEqual([
      '-hide_banner',
      '-nostdin',
      '-nostats',
      '-i',
      '/a b/c.mp4',
      '-vn',
      '-sn',
      '-dn',
      '-af',
      'silencedetect=noise=-35dB:d=0.25',
      '-f',
      'null',
      '-'
    ])
  })

  it('finds the three tone bursts within 30 ms', async () => {
    const speech = await detectSpeech(bursts)
    expect(speech.hasAudio).toBe(true)
    expect(speech.durationMs).toBe(4800)
    const expected = [
      [300, 1200],
      [1800, 3000],
      [3500, 4400]
    ]
    expect(speech.segments).toHaveLength(3)
    speech.segments.forEach((s, i) => {
      expect(Math.abs(s.startMs - expected[i][0])).toBeLessThanOrEqual(30)
      expect(Math.abs(s.endMs - expected[i][1])).toBeLessThanOrEqual(30)
    })
  })
})

describe('draftCuesFromScript', () => {
  it('times one sentence per burst', async () => {
    const script = 'Hey, are you okay? I saw what happened in the hallway today. You can sit with us.'
    const { cues, notes } = await draftCuesFromScript({ mediaPath: bursts, script, locale: 'en', profile: 'social' })
    expect(notes).toEqual([])
    expect(cues.map((c) => c.text)).toEqual([
      'Hey, are you okay?',
      'I saw what happened\nin the hallway today.',
      'You can sit with us.'
    ])
    const expected = [
      [300, 1200],
      [1800, 3000],
      [3500, 4400]
    ]
    cues.forEach((c, i) => {
      expect(Math.abs(c.startMs - expected[i][0])).toBeLessThanOrEqual(30)
      expect(Math.abs(c.endMs - expected[i][1])).toBeLessThanOrEqual(30)
    })
  })

  it('spreads cues over the whole clip when it has no audio, and says so', async () => {
    const clip = await makeClip({ width: 160, height: 90, durationS: 2, audio: false })
    const { cues, notes } = await draftCuesFromScript({ mediaPath: clip, script: 'One. Two two.', profile: 'netflix' })
    expect(notes).toEqual(['The clip has no audio: cues are spread over the whole clip.'])
    expect(cues).toEqual([
      { id: 'c1', startMs: 0, endMs: 667, text: 'One.' },
      { id: 'c2', startMs: 667, endMs: 2000, text: 'Two two.' }
    ])
  })

  it('refuses an empty script and a file that is not media', async () => {
    await expect(draftCuesFromScript({ mediaPath: bursts, script: '  \n ' })).rejects.toMatchObject({
      code: 'invalid-input'
    })
    const notMedia = new URL('../../fixtures/subtitles/clean.srt', import.meta.url).pathname
    await expect(draftCuesFromScript({ mediaPath: notMedia, script: 'Hi.' })).rejects.toMatchObject({
      code: 'not-media'
    })
  })
})
