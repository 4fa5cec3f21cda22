import { EXIT, type Command } from '../command'
import { parseFlags } from '../flags'
import { exitCodeFor } from '../exit-code-for'
import { KindframeError } from '../../shared/errors'
import { parsePathMapping } from '../../shared/workers/path-map'
import { DEFAULT_LOCK_MS, startRenderWorker } from '../../main/services/workers/worker'

const USAGE = `Usage: kindframe worker --redis URL [--concurrency N] [--map FROM=TO …] [--name NAME] [--lock-duration MS]

Runs export jobs that "kindframe export --queue URL" (or the studio's "Render on workers") put on the
render queue in Redis, with the same engine as a local export: each output is encoded to a temporary
name next to its final path, verified with ffprobe and a loudness measurement, and only then renamed.
Needs ffmpeg, Kindframe's fonts and the shared media storage.

Options:
  --redis URL         redis://[:password@]host:port[/db], or rediss://… for TLS
  --concurrency N     jobs at once (default 1: one encode already uses every core)
  --map FROM=TO       the enqueuing machine's FROM folder is TO here (repeatable; longest match wins)
  --name NAME         shown next to each job's progress (default: <host>-<pid>)
  --lock-duration MS  a job whose worker stops answering for this long goes to another worker (default ${DEFAULT_LOCK_MS})

A job is refused (not retried) when its media is missing here or differs from what was queued (size,
SHA-256), its project snapshot is invalid or damaged, or it comes from a newer Kindframe. Ctrl-C or
SIGTERM stop the worker: running encodes are stopped, their partial files removed, and the jobs go
back to the queue. Exit codes: 0 stopped · 2 usage · 7 Redis unreachable at start.`

export const workerCommand: Command = {
  name: 'worker',
  summary: 'render export jobs from a Redis queue (BullMQ) on this machine: --redis URL [--map FROM=TO]',
  usage: USAGE,
  async run(args, io) {
    let redisUrl: string
    let concurrency: number | undefined
    let lockDurationMs: number | undefined
    let name: string | undefined
    let maps
    try {
      const f = parseFlags(args, { '--redis': 'string', '--concurrency': 'string', '--map': 'repeat', '--name': 'string', '--lock-duration': 'string' })
      if (f.positional.length) throw new KindframeError('invalid-input', `unexpected argument "${f.positional[0]}"`)
      redisUrl = f.value.get('--redis') ?? ''
      if (!redisUrl) throw new KindframeError('invalid-input', '--redis URL is required')
      concurrency = wholeNumber(f.value.get('--concurrency'), '--concurrency', 1)
      lockDurationMs = wholeNumber(f.value.get('--lock-duration'), '--lock-duration', 500)
      name = f.value.get('--name')
      maps = (f.repeat.get('--map') ?? []).map(parsePathMapping)
    } catch (err) {
      io.stderr.write(`kindframe worker: ${(err as Error).message}.\n\n${USAGE}\n`)
      return EXIT.usage
    }
    const log = (line: string) => io.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
    let worker
    try {
      worker = await startRenderWorker({ redisUrl, concurrency, maps, name, lockDurationMs, log })
    } catch (err) {
      io.stderr.write(`kindframe worker: ${(err as Error).message}\n`)
      return err instanceof KindframeError ? exitCodeFor(err.code) : EXIT.failed
    }
    await new Promise<void>((resolve) => {
      if (io.signal.aborted) resolve()
      io.signal.addEventListener('abort', () => resolve(), { once: true })
    })
    log(`${worker.name}: stopping; running jobs go back to the queue`)
    await worker.close()
    return EXIT.ok
  }
}

function wholeNumber(text: string | undefined, flag: string, min: number): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) throw new KindframeError('invalid-input', `${flag} must be a whole number ≥ ${min}`)
  return n
}
