/**
 * The v1 kindness lint (the last commit before lint v2), for side-by-side numbers in eval:lint.
 * Its src/shared is extracted from git into a temp folder (no worktree, nothing in the repo
 * changes) and imported from there.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { LintIssue, LintOptions } from '../../src/shared/lint/index'

export const V1_COMMIT = '7635860'
type LintText = (text: string, options: LintOptions) => LintIssue[]

export async function loadV1(root = resolve(import.meta.dirname, '../..')): Promise<LintText | string> {
  const dir = join(tmpdir(), `kindframe-lint-v1-${V1_COMMIT}`)
  try {
    if (!existsSync(join(dir, 'src/shared/lint/index.ts'))) {
      mkdirSync(dir, { recursive: true })
      const tar = execFileSync('git', ['-C', root, 'archive', V1_COMMIT, 'src/shared'], { maxBuffer: 64 << 20 })
      execFileSync('tar', ['-x', '-C', dir], { input: tar })
    }
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    const mod = (await import(join(dir, 'src/shared/lint/index.ts'))) as { lintText: LintText }
    return mod.lintText
  } catch (e) {
    return `v1 (${V1_COMMIT}) not available: ${(e as Error).message.split('\n')[0]}`
  }
}
