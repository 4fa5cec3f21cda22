import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seriesOutputs, thumbnailTimes } from '../../../src/main/services/export/report'
import type { Manifest, ManifestRow } from '../../../src/shared/export/manifest'
import { escapeHtml, seriesReportHtml } from '../../../src/shared/export/report-html'
import { tempDir } from './export-helpers'

const row = (file: string, over: Partial<ManifestRow> = {}): ManifestRow => ({
  file,
  clipId: 'c',
  clipTitle: 'C <b>',
  locale: 'en',
  presetId: 'tiktok-9x16',
  state: 'done',
  incomplete: false,
  durationMs: 8500,
  endCardStartMs: 5500,
  sizeBytes: 4,
  loudnessInputI: -20,
  loudnessOutputI: -14,
  loudnessOutputTp: -2,
  checksPassed: true,
  checks: 'size:ok fps:ok',
  error: '',
  cues: 2,
  missing: 0,
  draft: 0,
  outdated: 0,
  qc: { error: 0, warning: 0, info: 0 },
  lint: { error: 0, warning: 0, info: 0 },
  preflight: { verdict: 'ready', errors: 0, warnings: 1, reconsider: 0, problems: ['A <warning> & more'] },
  outputHash: 'h',
  projectHash: 'p',
  kindframeVersion: '0.1.0',
  ffmpegVersion: '5.1',
  captionStyle: 'Noto Sans 64px',
  ...over
})

const manifest = (batchId: string, createdAt: string, rows: ManifestRow[], outDir: string): Manifest => ({
  kind: 'kindframe-export-manifest',
  version: 2,
  batchId,
  createdAt,
  outDir,
  rows
})

describe('the series report', () => {
  it('three points in the clip part and one in the end card after its fade-in; no card: three', () => {
    expect(thumbnailTimes(8500, 5500)).toEqual([
      { atMs: 825, endCard: false },
      { atMs: 2750, endCard: false },
      { atMs: 4675, endCard: false },
      { atMs: 7300, endCard: true }
    ])
    expect(thumbnailTimes(6000, null).map((t) => t.endCard)).toEqual([false, false, false])
  })

  it('covers the folder: this batch, then earlier outputs still there as recorded (newest row per file)', async () => {
    const out = tempDir('kf-report-')
    mkdirSync(join(out, 'S'))
    writeFileSync(join(out, 'S', 'old.mp4'), 'abcd') // 4 bytes, as recorded
    writeFileSync(join(out, 'S', 'changed.mp4'), 'abcdef') // recorded as 4: changed since, left out
    const earlier = manifest(
      'b1',
      '2025-01-01T00:00:00.000Z',
      [row('S/old.mp4', { clipTitle: 'first' }), row('S/changed.mp4'), row('S/gone.mp4'), row('S/a.mp4')],
      out
    )
    const later = manifest('b2', '2025-02-01T00:00:00.000Z', [row('S/old.mp4', { clipTitle: 'second' })], out)
    writeFileSync(join(out, 'kindframe-manifest-b1.json'), JSON.stringify(earlier))
    writeFileSync(join(out, 'kindframe-manifest-b2.json'), JSON.stringify(later))
    const current = manifest('b3', '2025-03-01T00:00:00.000Z', [row('S/a.mp4', { state: 'skipped' })], out)
    const outputs = await seriesOutputs(current)
    expect(outputs.map((o) => [o.row.file, o.batchId, o.row.clipTitle])).toEqual([
      ['S/a.mp4', 'b3', 'C <b>'],
      ['S/old.mp4', 'b2', 'second']
    ])
  })

  it('escapes every user text, embeds no script, and says what each output is', () => {
    const html = seriesReportHtml({
      series: 'Kind <script>alert(1)</script>',
      generatedAt: '2025-03-01T10:20:00.000Z',
      batchId: 'b3',
      outDir: '/o',
      kindframeVersion: '0.1.0',
      ffmpegVersion: '5.1',
      preset: { id: 'tiktok-9x16', label: 'TikTok', loudness: { integrated: -14, truePeak: -1 } },
      captionStyle: 'Noto',
      projectHash: 'p',
      outputs: [
        {
          row: row('S/a.mp4'),
          batchId: 'b3',
          createdAt: '2025-03-01T10:20:00.000Z',
          thumbnails: [{ label: '0:01', atMs: 1000, endCard: false, src: 'data:image/jpeg;base64,AAAA' }]
        },
        {
          row: row('S/b.mp4', {
            state: 'skipped',
            preflight: {
              verdict: 'incomplete',
              errors: 1,
              warnings: 0,
              reconsider: 0,
              problems: ['Cue 1 has no ms translation']
            }
          }),
          batchId: 'b3',
          createdAt: '2025-03-01T10:20:00.000Z',
          thumbnails: [],
          thumbnailsNote: 'Not exported: see why below.'
        }
      ]
    })
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('<h1>Kind &lt;script&gt;alert(1)&lt;/script&gt;</h1>')
    expect(html).toContain('C &lt;b&gt; (en)')
    expect(html).toContain('<li>A &lt;warning&gt; &amp; more</li>')
    expect(html).toContain('alt="C &lt;b&gt; (en): frame at 0:01.0"')
    expect(html).toContain('<span class="badge warn">Not exported</span>')
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;')
  })
})
