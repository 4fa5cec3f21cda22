import type { Layout } from './frames'
import { HURTABLE, type Referent, type GrammarHit } from './referents'
import { setsByLocale } from './closed-class'

/**
 * Doxxing: passing round where someone lives, works or can be reached, or asking who has it — "drop
 * her address in the gc", "pásenme la dirección de ese wey", "sebarin alamat rumahnya", "sapa ada
 * alamat rumah minah ni", "sino may address ni JM?". Someone's own details asked of them ("can you
 * share your address for the invite?") and a shop's or a place's are not.
 */
const INFO: Record<string, string[]> = {
  en: 'address addy number phone workplace ig insta location'.split(' '),
  'pt-BR': 'endereco numero telefone zap whats cpf escola trabalho localizacao'.split(' '),
  'es-MX': 'direccion numero telefono cel celular whats trabajo ubicacion escuela'.split(' '),
  id: 'alamat alamatnya nomor nomer no wa hp ktp nik rumahnya kantornya sekolahnya'.split(' '),
  ms: 'alamat alamatnya nombor no ic phone fon rumahnya ofis'.split(' '),
  fil: 'address number numero cp bahay location'.split(' ')
}
const SHARE: Record<string, string[]> = {
  en: 'drop share post send leak spill pass find who anyone got'.split(' '),
  'pt-BR': 'passa passem manda mandem posta postem vaza vazem descobre descubram acha achem quem alguem'.split(' '),
  'es-MX': 'pasen pasenme pasa pasame manden manda publiquen investiguen investiga quien alguien consigan'.split(' '),
  id: 'sebarin sebar share kirim kasih spill bocorin cari cariin siapa ada'.split(' '),
  ms: 'share sebar hantar bagi spill cari sapa siapa ada'.split(' '),
  fil: 'ipost ikalat pakalatin isend send share hanapin sino meron'.split(' ')
}
/** Words of someone else's: "her", "his", "their", "dia", "-nya", "de", "ni" (owner after). */
const OWNER_BEFORE = new Set('her his their them this that'.split(' '))
/** Kind reasons to ask: an invitation, a gift, a delivery. */
const KIND = new Set(
  'invite invitation party gift card delivery birthday convite festa presente entrega aniversario invitacion fiesta regalo cumpleanos undangan kado hadiah pesta jemput hadiah regalo handaan'.split(
    ' '
  )
)

const INFO_SETS = setsByLocale(INFO)
const SHARE_SETS = setsByLocale(SHARE)

export function findDoxxing(layout: Layout, refs: readonly Referent[], locale: string): GrammarHit[] {
  const info = INFO_SETS.get(locale)
  const share = SHARE_SETS.get(locale)
  if (!info || !share) return []
  const { tokens, sentence, clause } = layout
  const out: GrammarHit[] = []
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm
    if (!info.has(w)) continue
    const s = sentence[k]
    const words = tokens.filter((_, j) => sentence[j] === s).map((t) => t.norm)
    if (!words.some((x) => share.has(x)) || words.some((x) => KIND.has(x))) continue
    // the one whose details they are: a person named within three words after ("alamat rumah minah",
    // "la dirección de ese wey", "address ni JM"), or "her"/"his" or "-nya" on the word itself
    const after = refs.find((r) => r.index > k && r.index <= k + 3 && sentence[r.index] === s)
    let target: Referent | undefined = after && HURTABLE.has(after.kind) && after.kind !== 'second' ? after : undefined
    if (!target && ((k > 0 && OWNER_BEFORE.has(tokens[k - 1].norm)) || /nya$/.test(w)))
      target = { kind: 'third', index: k, clause: clause[k] }
    if (target) out.push({ first: k, last: Math.max(k, target.index), target })
  }
  return out
}

/** Words that can open this module's shape (analyze.ts skips lines with none). */
export const doxxingTriggers = (locale: string): Iterable<string> => INFO_SETS.get(locale) ?? []
