import type { Resource, ResourceLanguage } from 'i18next'
import { PSEUDO_LOCALE, pseudoLocalizeTree } from './pseudo'

/**
 * Every locales/<lng>/<namespace>.json, bundled at build time (no runtime fetching): the shell's
 * `common` and the editors' `editor` namespace are picked up the same way.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../../../../locales/*/*.json', { eager: true })

export function buildResources(): Resource {
  const resources: Resource = {}
  for (const [path, mod] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, lng, ns] = match
    resources[lng] ??= {}
    ;(resources[lng] as ResourceLanguage)[ns] = mod.default as ResourceLanguage[string]
  }
  const en = resources.en ?? {}
  resources[PSEUDO_LOCALE] = Object.fromEntries(
    Object.entries(en).map(([ns, tree]) => [ns, pseudoLocalizeTree(tree as Parameters<typeof pseudoLocalizeTree>[0])])
  )
  return resources
}

export const NAMESPACES = ['common', 'editor'] as const
