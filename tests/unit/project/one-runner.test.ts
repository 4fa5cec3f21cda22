import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.(ts|tsx|mts|mjs|js)$/.test(e.name) ? [p] : []
  })
}

/** Files that may start processes, and why. Everything that runs ffmpeg or ffprobe goes through runner.ts. */
const MAY_SPAWN: Record<string, string> = {
  'src/main/services/ffmpeg/runner.ts': 'the one ffmpeg/ffprobe runner (registry, cancel, abort-all, watchdog)',
  'src/main/services/ffmpeg/reaper.ts': 'the parent-death watchdog is a Node process, not ffmpeg',
  'src/main/services/fonts/system.ts': 'fc-list, not ffmpeg'
}

describe('one process runner', () => {
  it('only runner.ts (and two non-ffmpeg tools) import node:child_process in src', () => {
    const importers = sources(join(ROOT, 'src'))
      .filter((f) => /(from\s+|import\(|require\()\s*['"](node:)?child_process['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .sort()
    expect(importers).toEqual(Object.keys(MAY_SPAWN).sort())
  })

  it('fluent-ffmpeg is gone (see docs/architecture.md)', () => {
    const importers = sources(join(ROOT, 'src')).filter((f) => /['"]fluent-ffmpeg['"]/.test(readFileSync(f, 'utf8')))
    expect(importers).toEqual([])
  })
})
