import type { Layout } from './frames'

/**
 * Sentences set in a work of fiction: "in my story the evil queen…", "di cerpenku, raja jahat…",
 * "roleplay prompt: tinatakot ng pirata…", "no meu livro o ditador…", "watak ibu tiri dalam cerita
 * itu memang kejam". What a villain says or does to other characters attacks no real person. Only
 * words that name a work, a character or a writing exercise count — not "game" or "drama", which
 * are also what people are mocked at.
 */
const FICTION = new Set(
  [
    // en
    'story stories novel novels fairytale fairy comic comics screenplay script skit roleplay rp rpg character characters villain villains pov prompt fanfic fanfiction chapter',
    // es-MX
    'cuento novela guion corrido telenovela personaje personajes villano villana villanos escena capitulo ejercicio pastorela leyenda',
    // pt-BR
    'conto romance roteiro peca personagem personagens vilao vila cena exercicio teatro',
    // id
    'cerpen dongeng komik naskah tokoh karakter adegan',
    // ms
    'cerpen filem skrip watak teater hikayat',
    // fil
    'kwento nobela komiks iskrip dula tauhan kontrabida eksena teleserye'
  ]
    .join(' ')
    .split(' ')
)

/** "cerita" is also "senang cerita" (simple as that): a story only after "in" ("di cerita itu"). */
const IN = new Set(['di', 'dalam', 'dlm', 'sa'])
/** Someone's own work is what they are mocked for ("cerpen dia ngebosenin", "your story is cringe"). */
const OWNERS = new Set(
  'your ur his her their my dia lo lu kau mu kamu niya mo nila ko su sus tu seu sua tua teu dele dela'.split(' ')
)

/** "end of story", "true story", "long story short": idioms that set nothing in a story. */
const IDIOM_BEFORE = new Set(['true', 'short'])

/** The sentences of the line that name a work of fiction or a writing exercise. */
const NONE: ReadonlySet<number> = new Set()

export function fictionSentences({ tokens, sentence }: Layout): ReadonlySet<number> {
  let out: Set<number> | undefined
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].norm
    // Malay and Indonesian possessive suffixes: "cerpenku" = my short story
    const story =
      FICTION.has(w) ||
      ((w.endsWith('ku') || w.endsWith('mu')) && FICTION.has(w.slice(0, -2))) ||
      (w === 'cerita' && k > 0 && IN.has(tokens[k - 1].norm))
    if (!story) continue
    if (
      w === 'story' &&
      k > 0 &&
      (IDIOM_BEFORE.has(tokens[k - 1].norm) || (k > 1 && tokens[k - 1].norm === 'of' && tokens[k - 2].norm === 'end'))
    )
      continue
    const owned = (k > 0 && OWNERS.has(tokens[k - 1].norm)) || (k + 1 < tokens.length && OWNERS.has(tokens[k + 1].norm))
    if (!owned) (out ??= new Set()).add(sentence[k])
  }
  return out ?? NONE
}
