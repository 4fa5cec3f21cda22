import type { AssCue, AssInput } from '../../../../shared/ass/build-ass'
import { buildAss } from '../../../../shared/ass/build-ass'
import { lintCues, type LintOptions } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import { runQc, type QcOptions } from '../../../../shared/subtitles/qc'
import { createCueSender } from './checks-sync'
import type { CheckRequest, CheckResponse } from './checks.worker'

type Pending = { resolve(r: CheckResponse): void; reject(e: Error): void; resend(): CheckRequest }

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, Pending>()
// What the worker holds of each list: every request carries only the change since the last one.
const checkSender = createCueSender<Cue>()
const assSender = createCueSender<AssCue>()

/** One shared worker; null where workers cannot start (then the work runs inline, slower but correct). */
function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'kindframe-checks' })
    worker.onmessage = (e: MessageEvent<CheckResponse>) => {
      const p = pending.get(e.data.id)
      pending.delete(e.data.id)
      if (!p) return
      if (e.data.kind === 'resync') post(p, p.resend())
      else if (e.data.kind === 'error') p.reject(new Error(e.data.message))
      else p.resolve(e.data)
    }
    worker.onerror = () => {
      for (const p of pending.values()) p.reject(new Error('checks worker failed'))
      pending.clear()
      worker = null
    }
  } catch {
    worker = null
  }
  return worker
}

function post(p: Pending, req: CheckRequest): void {
  const w = getWorker()
  if (!w) return p.reject(new Error('checks worker failed'))
  pending.set(req.id, p)
  w.postMessage(req)
}

/**
 * Sends a request built by `make` (which encodes its cue list against what the worker holds);
 * on a resync answer the list is sent again in full (`reset` forgets what was sent).
 */
function ask(make: () => CheckRequest, reset: () => void): Promise<CheckResponse> {
  return new Promise((resolve, reject) => {
    const resend = () => {
      reset()
      return make()
    }
    post({ resolve, reject, resend }, make())
  })
}

export async function checkTrack(cues: Cue[], qc: QcOptions, lint: LintOptions) {
  if (!getWorker()) return { qc: runQc(cues, qc), lint: lintCues(cues, lint) }
  const r = await ask(
    () => ({ id: nextId++, kind: 'checks', cues: checkSender.encode(cues), qc, lint }),
    () => checkSender.reset()
  )
  if (r.kind !== 'checks') throw new Error('unexpected worker reply')
  return { qc: r.qc, lint: r.lint }
}

export async function buildAssOffThread(input: AssInput): Promise<string> {
  if (!getWorker()) return buildAss(input)
  const { cues, ...rest } = input
  const r = await ask(
    () => ({ id: nextId++, kind: 'ass', input: rest, cues: assSender.encode(cues) }),
    () => assSender.reset()
  )
  if (r.kind !== 'ass') throw new Error('unexpected worker reply')
  return r.ass
}
