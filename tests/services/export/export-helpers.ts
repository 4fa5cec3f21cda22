import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { exportClip, type OutputOutcome } from '../../../src/main/services/export/export-clip'
import { findPreset, type Preset } from '../../../src/shared/export/presets'
import { Project, PROJECT_VERSION, type ProjectInput } from '../../../src/shared/project/schema'

export const DRAFT = findPreset('draft-720x1280')!
export const TIKTOK = findPreset('tiktok-9x16')!

type ClipInput = NonNullable<ProjectInput['clips']>[number]

export function projectWith(clips: ClipInput[], extra: Partial<ProjectInput> = {}): Project {
  return Project.parse({
    kind: 'kindframe-project',
    version: PROJECT_VERSION,
    series: { title: 'Kind S1' },
    sourceLocale: 'en',
    endCard: { enabled: false },
    ...extra,
    clips
  })
}

const made: string[] = []
// Registered while the importing test file is collected: its outputs go when the file is done.
afterAll(() => {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true })
    } catch {
      // a still-mounted tmpfs is unmounted by its own test's afterAll, which may run later
    }
  }
})

export function tempDir(prefix = 'kf-export-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

let seq = 0

/** Exports one clip of `project` to outDir/<locale>.mp4 with the real engine. */
export async function exportOne(
  project: Project,
  opts: {
    outDir: string
    locales?: string[]
    preset?: Preset
    overwrite?: boolean
    clipId?: string
    runId?: string
    signal?: AbortSignal
  }
): Promise<{ outcomes: OutputOutcome[]; paths: string[] }> {
  const locales = opts.locales ?? ['en']
  const paths = locales.map((l) => join(opts.outDir, `${l}.mp4`))
  const outcomes = await exportClip({
    project,
    projectPath: null,
    clipId: opts.clipId ?? project.clips[0]!.id,
    preset: opts.preset ?? DRAFT,
    overwrite: opts.overwrite ?? false,
    runId: opts.runId ?? `test-${process.pid}-${++seq}`,
    signal: opts.signal,
    outputs: locales.map((locale, i) => ({ jobId: `job-${i}`, locale, finalPath: paths[i]! }))
  })
  return { outcomes, paths }
}

export function okResult(outcome: OutputOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`export failed: ${JSON.stringify(outcome)}`)
  return outcome.result
}

/** Every file (including hidden partials) under dir, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
}

export interface Rgb {
  r: number
  g: number
  b: number
}

export function pixel(frame: Buffer, width: number, x: number, y: number): Rgb {
  const i = (y * width + x) * 3
  return { r: frame[i]!, g: frame[i + 1]!, b: frame[i + 2]! }
}

/** Bounding box of near-white pixels (subtitle ink), or null when there is none. */
export function whiteBox(
  frame: Buffer,
  width: number,
  height: number,
  region = { x0: 0, y0: 0, x1: width, y1: height }
) {
  let box: { x0: number; y0: number; x1: number; y1: number; count: number } | null = null
  for (let y = region.y0; y < region.y1; y++) {
    for (let x = region.x0; x < region.x1; x++) {
      const { r, g, b } = pixel(frame, width, x, y)
      if (r > 200 && g > 200 && b > 200) {
        box ??= { x0: x, y0: y, x1: x, y1: y, count: 0 }
        box.x0 = Math.min(box.x0, x)
        box.x1 = Math.max(box.x1, x)
        box.y0 = Math.min(box.y0, y)
        box.y1 = Math.max(box.y1, y)
        box.count++
      }
    }
  }
  return box
}

/** Strongest edge along one row: the largest RGB step between neighbours (small for flat or blurred rows). */
export function rowSharpness(frame: Buffer, width: number, y: number): number {
  let max = 0
  for (let x = 1; x < width; x++) {
    const a = pixel(frame, width, x - 1, y)
    const b = pixel(frame, width, x, y)
    max = Math.max(max, Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b))
  }
  return max
}
