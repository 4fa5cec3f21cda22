/**
 * npm run bench:workers — throughput of the render queue with 1 and then 2 local `kindframe worker`
 * processes on the same series, same run, same machine: outputs per minute, and the ratio of the
 * 2-worker run to the 1-worker baseline. The enqueuing side is the real one (export queue + remote
 * runner: pre-flight, job data with media hashes, BullMQ, results, manifest); workers are real
 * processes; Redis is Debian's redis-server on a free loopback port, stopped at the end.
 *
 * Both workers share this machine's cores, so the ratio here measures the queue's overhead and how
 * well two encodes share the CPU, not what a second machine would add (see docs/render-workers.md).
 * Options: --clips N (default 3), --seconds S per clip (default 6), --locales a,b (default en,ms),
 *          --preset ID (default draft-720x1280), --workers 1,2 (the counts to run)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createExportQueue } from '../src/main/services/export/queue'
import { connectRemoteRunner } from '../src/main/services/workers/remote-runner'
import { parseProjectText } from '../src/shared/project/parse-project'
import { makeClip } from '../tests/helpers/media'
import { startRedis } from '../tests/helpers/redis'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1]! : fallback
}
const CLIPS = Number(arg('--clips', '3'))
const SECONDS = Number(arg('--seconds', '6'))
const LOCALES = arg('--locales', 'en,ms').split(',')
const PRESET = arg('--preset', 'draft-720x1280')
const COUNTS = arg('--workers', '1,2').split(',').map(Number)
const BIN = fileURLToPath(new URL('../bin/kindframe.mjs', import.meta.url))

async function series(dir: string): Promise<string> {
  const clips = []
  for (let i = 1; i <= CLIPS; i++) {
    copyFileSync(
      await makeClip({ width: 1280, height: 720, durationS: SECONDS, toneHz: 200 + 50 * i }),
      join(dir, `clip${i}.mp4`)
    )
    const cues = [
      { id: 'q', startMs: 0, endMs: Math.min(2500, SECONDS * 1000 - 300), text: 'Every account is a person.' }
    ]
    const translations = Object.fromEntries(
      LOCALES.slice(1).map((l) => [l, { q: { text: `[${l}] Every account is a person.`, status: 'done' } }])
    )
    clips.push({ id: `c${i}`, title: `Story ${i}`, media: `clip${i}.mp4`, track: { cues, translations } })
  }
  const file = join(dir, 'bench.kindframe')
  writeFileSync(
    file,
    JSON.stringify({
      kind: 'kindframe-project',
      version: 1,
      series: { title: 'Bench' },
      sourceLocale: 'en',
      targetLocales: LOCALES.slice(1),
      endCard: { enabled: false },
      clips
    })
  )
  return file
}

function startWorker(url: string, name: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', url, '--name', name], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  return new Promise((resolve, reject) => {
    let err = ''
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString()
      if (err.includes('waiting for export jobs')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`worker ${name} exited (${code}): ${err}`)))
  })
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

async function runWith(
  workers: number,
  url: string,
  projectFile: string,
  outDir: string
): Promise<{ seconds: number; outputs: number }> {
  const procs = await Promise.all(
    Array.from({ length: workers }, (_, i) => startWorker(url, `bench-${workers}-${i + 1}`))
  )
  const runner = await connectRemoteRunner({ redisUrl: url })
  try {
    const { project } = parseProjectText(readFileSync(projectFile, 'utf8'), projectFile)
    const queue = createExportQueue({
      concurrency: 1000,
      maxOutputsPerProcess: 1,
      runClip: runner.runClip,
      report: false
    })
    const started = performance.now()
    const { batchId } = queue.start({
      project,
      projectPath: projectFile,
      locales: LOCALES,
      presetId: PRESET,
      outDir,
      mode: 'ready'
    })
    const done = await queue.whenBatchDone(batchId)
    const seconds = (performance.now() - started) / 1000
    if (done.done !== done.total)
      throw new Error(
        `only ${done.done}/${done.total} outputs done: ${JSON.stringify(
          queue
            .jobs()
            .filter((j) => j.state !== 'done')
            .map((j) => j.error)
        )}`
      )
    return { seconds, outputs: done.done }
  } finally {
    await runner.close()
    await Promise.all(procs.map(stop))
  }
}

const dir = mkdtempSync(join(tmpdir(), 'kf-bench-workers-'))
const redis = await startRedis()
try {
  const projectFile = await series(dir)
  console.log(
    `render workers: ${CLIPS} clips × ${LOCALES.length} locales (${SECONDS} s each, ${PRESET}), ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`
  )
  const results: { workers: number; seconds: number; perMin: number }[] = []
  for (const n of COUNTS) {
    const r = await runWith(n, redis.url, projectFile, join(dir, `out-${n}`))
    const perMin = (r.outputs / r.seconds) * 60
    results.push({ workers: n, seconds: r.seconds, perMin })
    // The machine is shared: the load average says how much of it the run had.
    console.log(
      `  ${n} worker${n > 1 ? 's' : ' '}: ${r.outputs} outputs in ${r.seconds.toFixed(1)} s → ${perMin.toFixed(1)} outputs/min (load average ${loadavg()[0]!.toFixed(1)})`
    )
  }
  const base = results.find((r) => r.workers === 1) ?? results[0]!
  for (const r of results)
    if (r !== base)
      console.log(`  throughput ${r.workers} workers / ${base.workers} worker: ${(r.perMin / base.perMin).toFixed(2)}×`)
} finally {
  await redis.stop()
  rmSync(dir, { recursive: true, force: true })
}
