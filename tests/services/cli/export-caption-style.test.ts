import { execFile } from 'node:child_process'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { resolveFfmpeg } from '../../../src/main/services/ffmpeg/runner'
import { makeClip } from '../../helpers/media'
import { tempDir } from '../export/export-helpers'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const BIN = join(ROOT, 'bin', 'kindframe.mjs')

function kindframe(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    })
  })
}

/** A project on a plain grey lavfi clip (no yellow anywhere), with word timings on its one cue. */
async function projectFile(): Promise<{ dir: string; file: string }> {
  const dir = tempDir('kf-caption-cli-')
  copyFileSync(
    await makeClip({ width: 360, height: 640, durationS: 2, source: 'color', color: '#404040' }),
    join(dir, 'clip.mp4')
  )
  const file = join(dir, 'series.kindframe')
  const words = [
    { text: 'Be', fromMs: 0, toMs: 600 },
    { text: 'kind', fromMs: 600, toMs: 1100 },
    { text: 'always', fromMs: 1100, toMs: 1800 }
  ]
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 3,
      series: { title: 'Kind' },
      sourceLocale: 'en',
      endCard: { enabled: false },
      clips: [
        {
          id: 'c1',
          title: 'First',
          media: 'clip.mp4',
          track: { cues: [{ id: 'q', startMs: 0, endMs: 1800, text: 'Be kind always', words }] }
        }
      ]
    })
  )
  return { dir, file }
}

/** Frame at `t` seconds of an exported file, RGB. */
async function frameAt(file: string, t: number, w: number, h: number): Promise<Buffer> {
  const { ffmpegPath } = await resolveFfmpeg()
  const { stdout } = await run(
    ffmpegPath,
    ['-v', 'error', '-ss', String(t), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
    { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }
  )
  const buf = stdout as unknown as Buffer
  expect(buf.length).toBe(w * h * 3)
  return buf
}

/** Horizontal centre and count of highlight-yellow pixels (#FFE14D after H.264 4:2:0). */
function yellow(frame: Buffer, w: number): { x: number; n: number } {
  let sum = 0
  let n = 0
  for (let i = 0; i < frame.length; i += 3) {
    const r = frame[i]!,
      g = frame[i + 1]!,
      b = frame[i + 2]!
    if (r > 180 && g > 150 && b < 120) {
      sum += (i / 3) % w
      n++
    }
  }
  return { x: n ? sum / n : NaN, n }
}

describe('kindframe export --caption-style', () => {
  it('an unknown style is a usage error naming the known ones; nothing is exported', async () => {
    const { file } = await projectFile()
    const r = await kindframe(['export', file, '--caption-style', 'neon'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      'unknown caption style "neon" (known: classic, boxed, bold-outline, highlight, speaker-colors)'
    )
  })

  it('highlight: the exported file shows the spoken word in the accent colour, moving with the words; the manifest says so', async () => {
    const { dir, file } = await projectFile()
    const out = join(dir, 'out')
    const r = await kindframe([
      'export',
      file,
      '--preset',
      'draft-720x1280',
      '--out',
      out,
      '--caption-style',
      'highlight',
      '--json'
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const mp4 = join(out, 'Kind', 'First.en.mp4')
    const [be, always] = await Promise.all([frameAt(mp4, 0.3, 720, 1280), frameAt(mp4, 1.4, 720, 1280)])
    const a = yellow(be, 720)
    const b = yellow(always, 720)
    expect(a.n).toBeGreaterThan(200)
    expect(b.n).toBeGreaterThan(a.n) // "always" is a longer word than "Be"
    expect(b.x).toBeGreaterThan(a.x + 100) // and further right
    const done = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { manifestPath: string }
    const manifest = JSON.parse(readFileSync(done.manifestPath, 'utf8')) as { rows: { captionStyle: string }[] }
    expect(manifest.rows[0]!.captionStyle).toBe('highlight')
    // The project file itself is unchanged: the flag is for this export only.
    expect(JSON.parse(readFileSync(file, 'utf8')).caption).toBeUndefined()

    // Without the flag: Classic (white text, no accent colour anywhere).
    const classic = await kindframe([
      'export',
      file,
      '--preset',
      'draft-720x1280',
      '--out',
      join(dir, 'classic'),
      '--json'
    ])
    expect(classic.code).toBe(0)
    expect(yellow(await frameAt(join(dir, 'classic', 'Kind', 'First.en.mp4'), 0.3, 720, 1280), 720).n).toBe(0)
  }, 120_000)
})
