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

describe('fluent-ffmpeg stays behind one adapter', () => {
  it('is imported by src/main/services/ffmpeg/fluent-adapter.ts and nothing else', () => {
    const importers = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'scripts'))]
      .filter((f) => /(from\s+|import\(|require\()\s*['"]fluent-ffmpeg['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
    expect(importers).toEqual(['src/main/services/ffmpeg/fluent-adapter.ts'])
  })
})
