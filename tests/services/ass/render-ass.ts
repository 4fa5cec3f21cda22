import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { resolveFfmpeg } from '../../../src/main/services/ffmpeg/runner'
import { fontsDir } from '../../../src/main/services/fonts'

const run = promisify(execFile)

export interface RenderOptions {
  width: number
  height: number
  /** Frames to render, at `fps` from t = 0. */
  frames?: number
  fps?: number
  shaping?: 'complex' | 'simple'
  /**
   * 'isolated': fontconfig sees NO system fonts, so only the shipped fontsdir fonts exist — what a
   * machine without fonts-noto-* sees. 'system': the normal fontconfig (fonts-noto-cjk etc.).
   */
  fonts?: 'isolated' | 'system'
  background?: string
}

let scratch: string | undefined
function scratchDir(): string {
  if (!scratch) {
    scratch = mkdtempSync(join(tmpdir(), 'kf-ass-'))
    mkdirSync(join(scratch, 'fccache'))
    writeFileSync(
      join(scratch, 'fonts-none.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>${join(scratch, 'fccache')}</cachedir></fontconfig>\n`
    )
  }
  return scratch
}

export function cleanupRenders(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
}

let counter = 0

/**
 * Burns `ass` onto a plain `color` lavfi source with ffmpeg's `ass` filter (as the export does)
 * and returns each frame as 8-bit luma (width × height bytes per frame).
 */
export async function renderAss(ass: string, o: RenderOptions): Promise<Buffer[]> {
  const { ffmpegPath } = await resolveFfmpeg()
  const dir = scratchDir()
  const file = join(dir, `t${counter++}.ass`)
  writeFileSync(file, ass)
  const fps = o.fps ?? 10
  const frames = o.frames ?? 1
  const filter = `ass=filename=${file}:fontsdir=${fontsDir()}:shaping=${o.shaping ?? 'complex'}`
  const env = o.fonts === 'isolated' ? { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts-none.conf') } : process.env
  const { stdout } = await run(
    ffmpegPath,
    [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `color=c=${o.background ?? 'black'}:s=${o.width}x${o.height}:r=${fps}`,
      '-vf',
      filter,
      '-frames:v',
      String(frames),
      '-f',
      'rawvideo',
      '-pix_fmt',
      'gray',
      'pipe:1'
    ],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env }
  )
  const buf = stdout as unknown as Buffer
  const size = o.width * o.height
  if (buf.length !== size * frames)
    throw new Error(`expected ${frames} frames of ${size} bytes, got ${buf.length} bytes`)
  return Array.from({ length: frames }, (_, i) => buf.subarray(i * size, (i + 1) * size))
}

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
  pixels: number
}

/** Bounding box of pixels brighter than `threshold` (text on black); undefined when none. */
export function inkBox(frame: Buffer, width: number, threshold = 24): Box | undefined {
  let left = Infinity,
    top = Infinity,
    right = -1,
    bottom = -1,
    pixels = 0
  for (let i = 0; i < frame.length; i++) {
    if (frame[i] <= threshold) continue
    const x = i % width,
      y = (i - x) / width
    pixels++
    if (x < left) left = x
    if (x > right) right = x
    if (y < top) top = y
    if (y > bottom) bottom = y
  }
  return pixels ? { left, top, right, bottom, pixels } : undefined
}

/** Number of pixels that differ by more than `tolerance`. */
export function diffPixels(a: Buffer, b: Buffer, tolerance = 8): number {
  let n = 0
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > tolerance) n++
  return n
}

/** Runs of ink columns separated by empty columns: roughly one per glyph for spaced-out text. */
export function inkColumnRuns(frame: Buffer, width: number, threshold = 24): number {
  const height = frame.length / width
  let runs = 0,
    inRun = false
  for (let x = 0; x < width; x++) {
    let ink = false
    for (let y = 0; y < height && !ink; y++) ink = frame[y * width + x] > threshold
    if (ink && !inRun) runs++
    inRun = ink
  }
  return runs
}

/** A minimal ASS file with one event, for tests that need hand-written event text. */
export function rawAss(
  width: number,
  height: number,
  text: string,
  opts: { family?: string; size?: number; encoding?: number } = {}
): string {
  return [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${width}`,
    `PlayResY: ${height}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: Default,${opts.family ?? 'Noto Sans'},${opts.size ?? 40},&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,0,0,5,10,10,10,${opts.encoding ?? 1}`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    `Dialogue: 0,0:00:00.00,0:01:00.00,Default,,0,0,0,,${text}`,
    ''
  ].join('\n')
}
