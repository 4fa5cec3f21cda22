import { EXIT, type Command } from '../command'
import { exitCodeFor } from '../exit-code-for'
import { KindframeError } from '../../shared/errors'
import { defineCommand, parseCommandArgs, usageText, UsageError, wholeNumber } from '../args'
import { parsePathMapping } from '../../shared/workers/path-map'
import { DEFAULT_LOCK_MS, startRenderWorker } from '../../main/services/workers/worker'

const SPEC = defineCommand({
  name: 'worker',
  synopsis: '--redis URL [--concurrency N] [--map FROM=TO …] [--name NAME] [--lock-duration MS]',
  description: `Runs export jobs that "kindframe export --queue URL" (or the studio's "Render on workers") put on the
render queue in Redis, with the same engine as a local export: each output is encoded to a temporary
name next to its final path, verified with ffprobe and a loudness measurement, and only then renamed.
Needs ffmpeg, Kindframe's fonts and the shared media storage.`,
  options: {
    redis: { type: 'string', arg: 'URL', help: 'redis://[:password@]host:port[/db], or rediss://… for TLS' },
    concurrency: { type: 'string', arg: 'N', help: 'jobs at once (default 1: one encode already uses every core)' },
    map: {
      type: 'string',
      multiple: true,
      arg: 'FROM=TO',
      help: "the enqueuing machine's FROM folder is TO here (repeatable; longest match wins)"
    },
    name: { type: 'string', arg: 'NAME', help: "shown next to each job's progress (default: <host>-<pid>)" },
    'lock-duration': {
      type: 'string',
      arg: 'MS',
      help: `a job whose worker stops answering for this long goes to another worker (default ${DEFAULT_LOCK_MS})`
    }
  },
  notes: `A job is refused (not retried) when its media is missing here or differs from what was queued (size,
SHA-256), its project snapshot is invalid or damaged, or it comes from a newer Kindframe. Ctrl-C or
SIGTERM stop the worker: running encodes are stopped, their partial files removed, and the jobs go
back to the queue.`,
  exitCodes: '0 stopped · 2 usage · 7 Redis unreachable at start'
})

export const workerCommand: Command = {
  name: 'worker',
  summary: 'render export jobs from a Redis queue (BullMQ) on this machine: --redis URL [--map FROM=TO]',
  usage: usageText(SPEC),
  async run(args, io) {
    const { values: f, positionals } = parseCommandArgs(SPEC, args)
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    const redisUrl = f.redis ?? ''
    if (!redisUrl) throw new UsageError('--redis URL is required')
    const concurrency = wholeNumber(f.concurrency, '--concurrency', 1)
    const lockDurationMs = wholeNumber(f['lock-duration'], '--lock-duration', 500)
    const name = f.name
    const maps = (f.map ?? []).map(asUsage(parsePathMapping))
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

/** A bad --map is a wrong argument: its reason, then the help. */
function asUsage<A, R>(parse: (a: A) => R): (a: A) => R {
  return (a) => {
    try {
      return parse(a)
    } catch (err) {
      throw new UsageError((err as Error).message)
    }
  }
}
