import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'

/**
 * The boundary lint from STYLE.md ("keep the boundary clean enough that a lint rule could check it"):
 * each source folder may only import what its runtime has. Comments are stripped first so a
 * sentence mentioning `window.` doesn't count.
 */
const ROOT = resolve('src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.(ts|tsx|mts)$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : []
  })
}

const stripComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')

/** Every module specifier: static imports/exports, dynamic import(), require(). */
function specifiers(code: string): string[] {
  const found = [...code.matchAll(/\b(?:import|export)\s[^'"`]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)]
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4])
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
const isNode = (s: string) => s.startsWith('node:') || NODE_BUILTINS.has(s.split('/')[0]) || NODE_BUILTINS.has(s)
const target = (file: string, spec: string) => (spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : null)
const into = (file: string, spec: string, folder: string) => target(file, spec)?.split('/')[0] === folder

type Rule = { folder: string; why: string; forbidden: (file: string, spec: string) => boolean }

const RULES: Rule[] = [
  { folder: 'shared', why: 'src/shared is environment-neutral', forbidden: (f, s) => s === 'electron' || isNode(s) || ['main', 'renderer', 'preload', 'bridge', 'cli'].some((d) => into(f, s, d)) || /^react(-dom)?($|\/)/.test(s) },
  { folder: 'renderer', why: 'the renderer only talks to main through the contract', forbidden: (f, s) => s === 'electron' || isNode(s) || ['main', 'preload', 'bridge', 'cli'].some((d) => into(f, s, d)) },
  { folder: 'preload', why: 'the preload must not pull in main or renderer code', forbidden: (f, s) => ['main', 'renderer', 'bridge', 'cli'].some((d) => into(f, s, d)) || (isNode(s) && s !== 'electron') },
  { folder: 'main/services', why: 'services run without Electron (CLI, bridge)', forbidden: (f, s) => s === 'electron' || ['renderer', 'preload'].some((d) => into(f, s, d)) },
  { folder: 'bridge', why: 'the bridge runs in plain Node', forbidden: (f, s) => s === 'electron' || ['renderer', 'preload'].some((d) => into(f, s, d)) },
  { folder: 'cli', why: 'the CLI runs in plain Node', forbidden: (f, s) => s === 'electron' || ['renderer', 'preload'].some((d) => into(f, s, d)) }
]

describe('runtime boundaries', () => {
  for (const rule of RULES) {
    it(`${rule.why} (src/${rule.folder})`, () => {
      const violations = sourceFiles(join(ROOT, rule.folder)).flatMap((file) =>
        specifiers(stripComments(readFileSync(file, 'utf8')))
          .filter((spec) => rule.forbidden(file, spec))
          .map((spec) => `${relative(process.cwd(), file)} imports "${spec}"`)
      )
      expect(violations).toEqual([])
    })
  }

  it('src/shared uses no DOM-only globals', () => {
    const dom = /(?<![\w.$])(window|document|localStorage|sessionStorage|navigator|HTMLElement|requestAnimationFrame)\s*[.([]/g
    const violations = sourceFiles(join(ROOT, 'shared')).flatMap((file) =>
      [...stripComments(readFileSync(file, 'utf8')).matchAll(dom)].map((m) => `${relative(process.cwd(), file)} uses ${m[1]}`)
    )
    expect(violations).toEqual([])
  })

  it('the checker itself sees a violation when there is one', () => {
    const file = join(ROOT, 'renderer', 'src', 'x.ts')
    const specs = specifiers(stripComments(`// import x from 'electron'\nimport { dispatch } from '../../main/dispatch'\nconst fs = await import('node:fs')`))
    expect(specs).toEqual(['../../main/dispatch', 'node:fs'])
    expect(specs.filter((s) => RULES[1].forbidden(file, s))).toEqual(['../../main/dispatch', 'node:fs'])
  })
})
