import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { resolveFfmpeg } from '../../../src/main/services/ffmpeg/runner'
import { fontsDir } from '../../../src/main/services/fonts'

const run = promisify(execFile)

/** An RGB frame: width × height × 3 bytes. */
export interface RgbFrame {
  width: number
  height: number
  data: Buffer
}

let scratch: string | undefined
let counter = 0

export function cleanupRgb(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
}

/**
 * Burns `ass` with ffmpeg's `ass` filter and the shipped fontsdir (as the export does) onto a lavfi
 * colour source, and returns the frame at each time (seconds) as RGB, for checks on colours.
 */
export async function renderRgb(
  ass: string,
  width: number,
  height: number,
  times: number[],
  background = '0x203040'
): Promise<RgbFrame[]> {
  const { ffmpegPath } = await resolveFfmpeg()
  scratch ??= mkdtempSync(join(tmpdir(), 'kf-rgb-'))
  const file = join(scratch, `c${counter++}.ass`)
  writeFileSync(file, ass)
  const fps = 100 // one frame per ASS centisecond: any time can be picked exactly
  const last = Math.max(...times)
  const select = times.map((t) => `eq(n\\,${Math.round(t * fps)})`).join('+')
  const { stdout } = await run(
    ffmpegPath,
    [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      `color=c=${background}:s=${width}x${height}:r=${fps}:d=${last + 0.05}`,
      // select first: only the picked frames go through libass (timestamps are kept, so it renders their time).
      '-vf',
      `select='${select}',ass=filename=${file}:fontsdir=${fontsDir()}`,
      '-vsync',
      '0',
      '-f',
      'rawvideo',
      '-pix_fmt',
      'rgb24',
      'pipe:1'
    ],
    { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }
  )
  const buf = stdout as unknown as Buffer
  const size = width * height * 3
  if (buf.length !== size * times.length) throw new Error(`expected ${times.length} frames, got ${buf.length / size}`)
  const sorted = [...times].map((t, i) => [t, i] as const).sort((a, b) => a[0] - b[0])
  const out: RgbFrame[] = new Array(times.length)
  sorted.forEach(([, i], k) => (out[i] = { width, height, data: buf.subarray(k * size, (k + 1) * size) }))
  return out
}

export interface PixelBox {
  left: number
  top: number
  right: number
  bottom: number
  pixels: number
}

/** Bounding box of the pixels for which `match(r, g, b)` holds. */
export function boxWhere(
  f: RgbFrame,
  match: (r: number, g: number, b: number) => boolean,
  area?: PixelBox
): PixelBox | undefined {
  let left = Infinity,
    top = Infinity,
    right = -1,
    bottom = -1,
    pixels = 0
  const x0 = area?.left ?? 0,
    x1 = area?.right ?? f.width - 1,
    y0 = area?.top ?? 0,
    y1 = area?.bottom ?? f.height - 1
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = (y * f.width + x) * 3
      if (!match(f.data[i]!, f.data[i + 1]!, f.data[i + 2]!)) continue
      pixels++
      if (x < left) left = x
      if (x > right) right = x
      if (y < top) top = y
      if (y > bottom) bottom = y
    }
  }
  return pixels ? { left, top, right, bottom, pixels } : undefined
}

/** Pixels that differ from the lavfi background colour. */
export function notBackground(background: [number, number, number], tolerance = 10) {
  return (r: number, g: number, b: number) =>
    Math.abs(r - background[0]) + Math.abs(g - background[1]) + Math.abs(b - background[2]) > tolerance
}
