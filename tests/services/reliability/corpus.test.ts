import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeClip } from '../../helpers/media'
import { truncatedCopy } from '../media/fixtures'
import { RAW_CONTROL, runCli } from '../cli/cli-harness'

/**
 * The bad-input and fault corpus (issue 15, item 10): every case is an input someone will feed
 * Kindframe sooner or later, with the exit code and the words it must answer with. Nothing may
 * crash, print a stack trace or echo raw control bytes. Listed in docs/reliability.md; the cases
 * that need their own set-up live beside this file:
 *   bridge-hostile.test.ts  bridge requests and WebSocket frames (the bridge in its own process)
 *   file-scope.test.ts      paths a client may not read or write
 *   kills.test.ts           SIGTERM / SIGHUP / SIGINT / kill -9 mid-export, leftovers of dead runs
 *   bad-media-export.test.ts  bad media through export, a full disk (tmpfs)
 *   save-leftovers.test.ts  saves killed mid-write
 *   hdr-export.test.ts      HDR phone footage and HEIC photos
 *   terminal-safety.test.ts escape sequences in names and bytes
 */
const dir = mkdtempSync(join(tmpdir(), 'kf-corpus-'))
const at = (name: string) => join(dir, name)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const project = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'kindframe-project',
    version: 1,
    series: { title: 'Corpus' },
    sourceLocale: 'en',
    endCard: { enabled: false },
    clips: [],
    ...over
  })

beforeAll(async () => {
  const clip = await makeClip({ width: 160, height: 90, durationS: 1 })
  copyFileSync(clip, at('good.mp4'))
  // media
  writeFileSync(at('empty.mp4'), '')
  writeFileSync(at('text.mp4'), 'just some kind words, not a video\n'.repeat(40))
  writeFileSync(at('random.mov'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)))
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=red:s=64x64',
    '-frames:v',
    '1',
    '-f',
    'image2',
    '-c:v',
    'mjpeg',
    at('photo.mp4')
  ])
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'sine=d=1', '-c:a', 'aac', at('voice.m4a')])
  truncatedCopy(clip, at('cut.mp4'), 0.4)
  mkdirSync(at('folder.mp4'))
  // subtitles
  writeFileSync(at('empty.srt'), '')
  writeFileSync(at('binary.srt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9, 10, 13, 0x1b, 0x9b]))
  writeFileSync(at('nocues.srt'), 'hello\nthis is not\na subtitle file\n')
  writeFileSync(
    at('utf16.srt'),
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('1\r\n00:00:01,000 --> 00:00:02,000\r\nOlá, tudo bem?\r\n', 'utf16le')
    ])
  )
  writeFileSync(at('taken.vtt'), 'WEBVTT\n')
  // projects
  writeFileSync(at('empty.kindframe'), '')
  writeFileSync(at('broken.kindframe'), '{"kind": "kindframe-project", "version": 1, "series": ')
  writeFileSync(at('array.kindframe'), '[1, 2, 3]')
  writeFileSync(at('other.kindframe'), JSON.stringify({ kind: 'photoshop-document' }))
  writeFileSync(at('future.kindframe'), project({ version: 999 }))
  writeFileSync(
    at('dupes.kindframe'),
    project({
      clips: [
        { id: 'a', title: 'A', media: 'good.mp4' },
        { id: 'a', title: 'B', media: 'good.mp4' }
      ]
    })
  )
  writeFileSync(at('noclips.kindframe'), project())
  writeFileSync(at('missing-media.kindframe'), project({ clips: [{ id: 'a', title: 'A', media: 'nowhere/gone.mp4' }] }))
  writeFileSync(at('text-media.kindframe'), project({ clips: [{ id: 'a', title: 'A', media: 'text.mp4' }] }))
  writeFileSync(at('ok.kindframe'), project({ clips: [{ id: 'a', title: 'A', media: 'good.mp4' }] }))
  mkdirSync(at('folder.kindframe'))
  writeFileSync(at('a-file'), 'x')
})

interface Case {
  area: 'media' | 'subtitles' | 'project' | 'paths' | 'usage'
  what: string
  args: () => string[]
  code: number
  /** Must appear in stderr (the reason, in the user's terms). */
  says: RegExp
}

const cases: Case[] = [
  // media: kindframe probe
  {
    area: 'media',
    what: 'a missing file',
    args: () => ['probe', at('nope.mp4')],
    code: 3,
    says: /nope\.mp4: no such file/
  },
  {
    area: 'media',
    what: 'an empty file',
    args: () => ['probe', at('empty.mp4')],
    code: 3,
    says: /is empty \(0 bytes\)/
  },
  {
    area: 'media',
    what: 'text named .mp4',
    args: () => ['probe', at('text.mp4')],
    code: 3,
    says: /not a video or audio file ffmpeg can read/
  },
  {
    area: 'media',
    what: 'random bytes named .mov',
    args: () => ['probe', at('random.mov')],
    code: 3,
    says: /random\.mov: /
  },
  {
    area: 'media',
    what: 'a JPEG renamed .mp4',
    args: () => ['probe', at('photo.mp4')],
    code: 3,
    says: /is a JPEG picture, not a video, although its name ends in \.mp4/
  },
  {
    area: 'media',
    what: 'audio only',
    args: () => ['probe', at('voice.m4a')],
    code: 3,
    says: /has audio but no video stream/
  },
  {
    area: 'media',
    what: 'an interrupted copy (40% of an MP4)',
    args: () => ['probe', at('cut.mp4')],
    code: 3,
    says: /ends early|truncated|moov/
  },
  { area: 'media', what: 'a folder named .mp4', args: () => ['probe', at('folder.mp4')], code: 3, says: /is a folder/ },
  {
    area: 'media',
    what: 'one good file among bad ones: the good one is still reported',
    args: () => ['probe', at('good.mp4'), at('empty.mp4')],
    code: 3,
    says: /empty\.mp4: is empty/
  },
  // subtitles: kindframe convert / qc
  {
    area: 'subtitles',
    what: 'an empty .srt',
    args: () => ['convert', at('empty.srt'), at('o1.vtt')],
    code: 3,
    says: /empty/
  },
  {
    area: 'subtitles',
    what: 'binary bytes named .srt',
    args: () => ['convert', at('binary.srt'), at('o2.vtt')],
    code: 3,
    says: /binary\.srt/
  },
  {
    area: 'subtitles',
    what: 'text without a single cue',
    args: () => ['convert', at('nocues.srt'), at('o3.vtt')],
    code: 3,
    says: /No subtitles could be read/
  },
  {
    area: 'subtitles',
    what: 'UTF-16 with BOM and CRLF (works)',
    args: () => ['convert', at('utf16.srt'), at('o4.vtt')],
    code: 0,
    says: /1 cues: srt \(utf-16le\)/i
  },
  {
    area: 'subtitles',
    what: 'an output that exists',
    args: () => ['convert', at('utf16.srt'), at('taken.vtt')],
    code: 5,
    says: /already exists/
  },
  {
    area: 'subtitles',
    what: 'an output with an unknown extension',
    args: () => ['convert', at('utf16.srt'), at('o.docx')],
    code: 2,
    says: /cannot tell the output format/
  },
  { area: 'subtitles', what: 'qc of a missing file', args: () => ['qc', at('gone.srt')], code: 3, says: /not found/i },
  // projects: kindframe export / lint / qc
  {
    area: 'project',
    what: 'a missing project',
    args: () => ['export', at('gone.kindframe')],
    code: 3,
    says: /no such project file/
  },
  {
    area: 'project',
    what: 'an empty project file',
    args: () => ['export', at('empty.kindframe')],
    code: 3,
    says: /the file is empty/
  },
  {
    area: 'project',
    what: 'broken JSON (a crash mid-write by another tool)',
    args: () => ['export', at('broken.kindframe')],
    code: 3,
    says: /not valid JSON/
  },
  {
    area: 'project',
    what: 'a JSON array',
    args: () => ['export', at('array.kindframe')],
    code: 3,
    says: /expected a JSON object, found an array/
  },
  {
    area: 'project',
    what: "another program's JSON",
    args: () => ['export', at('other.kindframe')],
    code: 3,
    says: /not a Kindframe project/
  },
  {
    area: 'project',
    what: 'a project from a newer Kindframe',
    args: () => ['export', at('future.kindframe')],
    code: 3,
    says: /made by a newer Kindframe/
  },
  {
    area: 'project',
    what: 'duplicate clip ids',
    args: () => ['qc', at('dupes.kindframe')],
    code: 3,
    says: /duplicate clip id "a"/
  },
  {
    area: 'project',
    what: 'a folder named .kindframe',
    args: () => ['export', at('folder.kindframe')],
    code: 3,
    says: /is a folder/
  },
  {
    area: 'project',
    what: 'no clips to export',
    args: () => ['export', at('noclips.kindframe')],
    code: 2,
    says: /no clips to export/
  },
  {
    area: 'project',
    what: 'a clip whose media is gone',
    args: () => ['export', at('missing-media.kindframe'), '--out', at('out-missing')],
    code: 3,
    says: /gone\.mp4: the clip's media file is missing/
  },
  {
    area: 'project',
    what: 'a clip whose media is not a video',
    args: () => ['export', at('text-media.kindframe'), '--out', at('out-text')],
    code: 3,
    says: /text\.mp4: not a video or audio file ffmpeg can read/
  },
  {
    area: 'project',
    what: 'an unknown clip id',
    args: () => ['export', at('ok.kindframe'), '--clip', 'zzz'],
    code: 3,
    says: /Clip "zzz" is not in the project/
  },
  {
    area: 'project',
    what: 'a locale that is not a BCP-47 tag',
    args: () => ['export', at('ok.kindframe'), '--locales', 'english!'],
    code: 2,
    says: /Not a locale tag: english!/
  },
  // paths
  {
    area: 'paths',
    what: 'an output folder below a regular file',
    args: () => ['export', at('ok.kindframe'), '--out', join(at('a-file'), 'sub'), '--preset', 'draft-720x1280'],
    code: 5,
    says: /not-writable|cannot write/
  },
  // usage
  {
    area: 'usage',
    what: 'an unknown command',
    args: () => ['frobnicate'],
    code: 2,
    says: /unknown command "frobnicate"/
  },
  {
    area: 'usage',
    what: 'an unknown preset',
    args: () => ['export', at('ok.kindframe'), '--preset', 'vhs'],
    code: 2,
    says: /unknown preset "vhs"/
  },
  {
    area: 'usage',
    what: 'a flag without its value',
    args: () => ['export', at('ok.kindframe'), '--out'],
    code: 2,
    says: /--out needs a value/
  },
  {
    area: 'usage',
    what: 'lint with a bad --format',
    args: () => ['lint', at('ok.kindframe'), '--format', 'xml'],
    code: 2,
    says: /unknown --format "xml"/
  }
]

describe('bad-input corpus: exit code and words, never a crash', () => {
  it.each(cases.map((c) => [`${c.area}: ${c.what}`, c] as const))('%s', async (_name, c) => {
    const r = await runCli(c.args())
    expect(r.stderr, r.stderr).toMatch(c.says)
    expect(r.code, r.stderr).toBe(c.code)
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/) // no stack trace
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL)
  })
})
