import { spawn, spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hostTag, ownerTag } from '../../../src/main/services/fs/owner'
import { sweepStalePartials, sweepStaleWorkDirs } from '../../../src/main/services/export/outputs'
import { makeClip } from '../../helpers/media'
import { BIN, ROOT } from '../cli/cli-harness'

/**
 * Issue 15, item 3: whatever stops the CLI mid-export — SIGTERM, SIGHUP (terminal closed), kill -9 —
 * no ffmpeg keeps running, and no partial output or kindframe-export-* temp folder stays behind. The
 * CLI runs in its own process with its own TMPDIR, so its temp folders can be counted exactly.
 */
const root = mkdtempSync(join(tmpdir(), 'kf-kills-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Run {
  dir: string
  out: string
  tmp: string
}

async function setUp(name: string): Promise<Run> {
  const dir = join(root, name)
  const tmp = join(dir, 'tmp')
  mkdirSync(tmp, { recursive: true })
  copyFileSync(await makeClip({ width: 640, height: 360, durationS: 8 }), join(dir, 'clip.mp4'))
  writeFileSync(
    join(dir, 'series.kindframe'),
    JSON.stringify({
      kind: 'kindframe-project',
      version: 1,
      series: { title: 'Kind' },
      sourceLocale: 'en',
      endCard: { enabled: false },
      clips: [
        {
          id: 'c1',
          title: 'First',
          media: 'clip.mp4',
          track: { cues: [{ id: 'q', startMs: 0, endMs: 500, text: 'Hi' }] }
        }
      ]
    })
  )
  return { dir, out: join(dir, 'out'), tmp }
}

/** pids of processes whose command line mentions `needle` (Linux /proc). */
function processesMentioning(needle: string): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      if (cmd.includes(needle) && cmd.includes('ffmpeg')) pids.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return pids
}

function allFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : []
}

async function waitUntil(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now()
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out: ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Starts an export and resolves once ffmpeg is encoding (a partial file exists); returns the CLI process. */
async function startExport(run: Run) {
  const child = spawn(
    process.execPath,
    [BIN, 'export', join(run.dir, 'series.kindframe'), '--preset', 'tiktok-9x16', '--out', run.out, '--json'],
    {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: run.tmp },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  )
  await waitUntil(
    () => /"state":"running","percent":[1-9]/.test(stdout) || child.exitCode !== null,
    90_000,
    'export to start encoding'
  )
  expect(child.exitCode, stderr).toBeNull()
  expect(processesMentioning(run.out).length).toBeGreaterThan(0)
  expect(allFiles(run.out).some((f) => f.includes('.part-'))).toBe(true)
  expect(readdirSync(run.tmp).some((n) => n.startsWith('kindframe-export-'))).toBe(true)
  return { child, exited, output: () => ({ stdout, stderr }) }
}

async function expectNothingLeft(run: Run): Promise<void> {
  await waitUntil(() => processesMentioning(run.out).length === 0, 10_000, 'ffmpeg to end')
  await waitUntil(() => !allFiles(run.out).some((f) => f.endsWith('.mp4')), 5000, 'partial files to go')
  await waitUntil(
    () => !readdirSync(run.tmp).some((n) => n.startsWith('kindframe-export-')),
    5000,
    'temp folders to go'
  )
}

describe.skipIf(process.platform !== 'linux')('killing the CLI during an export', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130]
  ] as const)('%s: cancels, exit %i, ffmpeg ended, nothing left behind', async (signal, code) => {
    const run = await setUp(`sig-${signal}`)
    const { child, exited } = await startExport(run)
    child.kill(signal)
    expect((await exited).code).toBe(code)
    await expectNothingLeft(run)
    expect(existsSync(join(run.out, 'Kind'))).toBe(false) // no empty series folder either
  })

  it('kill -9 of the CLI: its watchdog ends ffmpeg and removes the partial file and temp folder', async () => {
    const run = await setUp('sigkill')
    const { child, exited } = await startExport(run)
    child.kill('SIGKILL')
    expect((await exited).signal).toBe('SIGKILL')
    await expectNothingLeft(run)
  })
})

describe("a new run removes what a dead run left, and never a live run's files", () => {
  function deadPid(): number {
    return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString())
  }

  it('partial outputs', async () => {
    const dir = join(root, 'partials')
    mkdirSync(dir)
    const dead = deadPid()
    const stale = [`.First.en.mp4.part-${hostTag()}-${dead}-b-1.mp4`]
    const kept = [
      `.First.ms.mp4.part-${ownerTag()}-b-2.mp4`, // this live process
      `.First.id.mp4.part-ffffffff-${dead}-b-3.mp4`, // another machine
      '.First.fil.mp4.part-b-4.mp4', // untagged (older version), fresh: it may still be written
      'First.en.mp4' // a finished output
    ]
    for (const n of [...stale, ...kept]) writeFileSync(join(dir, n), 'x')
    const oldUntagged = '.First.es.mp4.part-b-5.mp4'
    writeFileSync(join(dir, oldUntagged), 'x')
    utimesSync(join(dir, oldUntagged), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000))
    await sweepStalePartials(dir)
    const left = readdirSync(dir)
    expect(left.sort()).toEqual(kept.sort())
  })

  it('kindframe-export-* temp folders', async () => {
    const dir = join(root, 'tmpdirs')
    mkdirSync(dir)
    const dead = deadPid()
    const stale = `kindframe-export-${hostTag()}-${dead}-AbC123`
    const live = `kindframe-export-${ownerTag()}-XyZ789`
    const foreign = `kindframe-export-ffffffff-${dead}-QqQ111`
    const legacyFresh = 'kindframe-export-a1B2c3'
    for (const n of [stale, live, foreign, legacyFresh]) mkdirSync(join(dir, n))
    writeFileSync(join(dir, stale, '0.ass'), 'x')
    await sweepStaleWorkDirs(dir)
    expect(readdirSync(dir).sort()).toEqual([foreign, legacyFresh, live].sort())
  })
})
