import { z } from 'zod'

/** One identity-group term; `g` is grammatical gender (pt-BR, es-MX); a slur fills must-flag templates only. */
export const TemplateGroup = z.object({
  t: z.string().min(1),
  g: z.enum(['m', 'f']).optional(),
  slur: z.boolean().optional()
})
export type TemplateGroup = z.infer<typeof TemplateGroup>

export const TemplateFile = z.object({
  locale: z.string().optional(),
  groups: z
    .array(z.union([z.string().min(1), TemplateGroup]))
    .transform((list): TemplateGroup[] => list.map((g) => (typeof g === 'string' ? { t: g } : g))),
  flag: z.array(z.string()),
  ok: z.array(z.string()),
  you_flag: z.array(z.string()).default([]),
  you_ok: z.array(z.string()).default([])
})

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * Fills a template: `{G}` the group as written, `{G^}` capitalised; pt-BR `{os}` `{Os}` `{aos}` `{dos}`
 * and es-MX `{los}` `{Los}`, and `{o}`, agree with the group's gender.
 */
export function fillTemplate(template: string, g: TemplateGroup): string {
  const f = g.g === 'f'
  return template
    .replaceAll('{G^}', capital(g.t))
    .replaceAll('{G}', g.t)
    .replaceAll('{os}', f ? 'as' : 'os')
    .replaceAll('{Os}', f ? 'As' : 'Os')
    .replaceAll('{aos}', f ? 'às' : 'aos')
    .replaceAll('{dos}', f ? 'das' : 'dos')
    .replaceAll('{los}', f ? 'las' : 'los')
    .replaceAll('{Los}', f ? 'Las' : 'Los')
    .replaceAll('{o}', f ? 'a' : 'o')
}
