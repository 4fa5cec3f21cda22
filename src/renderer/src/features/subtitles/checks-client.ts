import type { AssInput } from '../../../../shared/ass/build-ass'
import { buildAss } from '../../../../shared/ass/build-ass'
import { lintCues, type LintOptions } from '../../../../shared/lint'
import type { Cue } from '../../../../shared/project/schema'
import { runQc, type QcOptions } from '../../../../shared/subtitles/qc'
import type { CheckRequest, CheckResponse } from './checks.worker'

type Pending = { resolve(r: CheckResponse): void; reject(e: Error): void }

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, Pending>()

/** One shared worker; null where workers cannot start (then the work runs inline, slower but correct). */
function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'kindframe-checks' })
    worker.onmessage = (e: MessageEvent<CheckResponse>) => {
      const p = pending.get(e.data.id)
      pending.delete(e.data.id)
      if (!p) return
      if (e.data.kind === 'error') p.reject(new Error(e.data.message))
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

function ask(req: CheckRequest): Promise<CheckResponse> {
  const w = getWorker()
  if (!w) {
    return Promise.resolve(
      req.kind === 'checks' ? { id: req.id, kind: 'checks', qc: runQc(req.cues, req.qc), lint: lintCues(req.cues, req.lint) } : { id: req.id, kind: 'ass', ass: buildAss(req.input) }
    )
  }
  return new Promise((resolve, reject) => {
    pending.set(req.id, { resolve, reject })
    w.postMessage(req)
  })
}

export async function checkTrack(cues: Cue[], qc: QcOptions, lint: LintOptions) {
  const r = await ask({ id: nextId++, kind: 'checks', cues, qc, lint })
  if (r.kind !== 'checks') throw new Error('unexpected worker reply')
  return { qc: r.qc, lint: r.lint }
}

export async function buildAssOffThread(input: AssInput): Promise<string> {
  const r = await ask({ id: nextId++, kind: 'ass', input })
  if (r.kind !== 'ass') throw new Error('unexpected worker reply')
  return r.ass
}
