import type { PlannedOutput } from '../../export/output-plan'
import type { OutputFact } from '../types'
import { addProblem, type OutputContext } from './context'

export interface OutputFileInput {
  planned: PlannedOutput
  incompleteRel: string
  /** Content verdict so far: decides which name the output would be written under. */
  incomplete: boolean
  outputHash: string
  overwrite: boolean
}

/**
 * The file this output would be written to: no other output of the batch on the same name, and
 * nothing already there unless overwrite was asked for. What is there is told apart through the
 * folder's manifests: this same version (same output hash and size) or a different one.
 */
export function checkOutputFile(ctx: OutputContext, o: OutputFileInput): void {
  const { planned } = o
  const exportTarget = (field: 'overwrite' | 'outDir') => ({ target: { kind: 'export' as const, field } })
  for (const other of planned.collidesWith ?? []) {
    addProblem(
      ctx,
      'output-collision',
      'error',
      { other: `${titleOf(ctx, other.clipId)} (${other.locale})`, file: planned.rel },
      { blocks: 'output', ...exportTarget('outDir') }
    )
  }
  if (planned.renamedFrom)
    addProblem(ctx, 'output-renamed', 'warning', { file: planned.rel, wanted: planned.renamedFrom })
  const facts = ctx.facts.outputs
  if (!facts) return
  const file = o.incomplete ? o.incompleteRel : planned.rel
  const there = facts[file]
  if (there?.exists) {
    const same = isSameVersion(there, o.outputHash)
    const params = { file, ...describe(there, o.outputHash) }
    if (!o.overwrite)
      addProblem(ctx, same ? 'output-exists-same' : 'output-exists', 'error', params, {
        blocks: 'output',
        ...exportTarget('overwrite')
      })
    else addProblem(ctx, 'output-replaces', same ? 'info' : 'warning', params, exportTarget('overwrite'))
  }
  const final = facts[planned.rel]
  if (o.incomplete && final?.exists && !isSameVersion(final, o.outputHash)) {
    addProblem(ctx, 'output-stale-final', 'warning', { file: planned.rel, incomplete: o.incompleteRel })
  }
}

function isSameVersion(fact: OutputFact, outputHash: string): boolean {
  const r = fact.recorded
  return !!r && r.outputHash === outputHash && (r.sizeBytes === null || r.sizeBytes === fact.sizeBytes)
}

/** The English detail, and its kind + time for the studio to say the same in the UI language. */
function describe(fact: OutputFact, outputHash: string): { detail: string; detailKind: string; when: string } {
  const r = fact.recorded
  if (!r) return { detail: 'no manifest in this folder records it', detailKind: 'unrecorded', when: '' }
  const when = r.createdAt.slice(0, 16).replace('T', ' ')
  if (r.outputHash === null)
    return { detail: `exported ${when} by an earlier Kindframe; its version is unknown`, detailKind: 'older', when }
  if (r.outputHash !== outputHash)
    return { detail: `exported ${when} from a different project state`, detailKind: 'different', when }
  if (r.sizeBytes !== null && r.sizeBytes !== fact.sizeBytes)
    return { detail: `exported ${when}, changed since`, detailKind: 'changed', when }
  return { detail: `exported ${when}`, detailKind: 'same', when }
}

function titleOf(ctx: OutputContext, clipId: string): string {
  return ctx.project.clips.find((c) => c.id === clipId)?.title || clipId
}
