/**
 * The track bench/editing.ts measures: one clip with a realistic 5,000-cue subtitle track.
 *
 * Every cue's text is different (phrase pools of co-prime sizes 7 × 11 × 13 × 5 = 5,005 combinations),
 * because real tracks rarely repeat lines: a bench with 8 repeating lines would let any text-keyed
 * cache look far better than it is. A `salt` word changes every cue's text, so a "cold" run can be
 * measured on a track no cache has seen.
 * Mix: mostly English dialogue broken into lines of ≤ 32 (the social profile's limit), 1 in 23 unkind (insults, profanity, depicted bullying with the
 * "bully" speaker), 1 in 40 too long for a line, 1 in 31 Thai, 1 in 37 Arabic, 1 in 9 with emoji,
 * speakers on most cues, some two-line cues, a few overlaps and short gaps for QC to find.
 */
import { newProject, Project, type Clip, type Cue } from '../src/shared/project/schema'
import { autoLineBreak } from '../src/shared/subtitles/edits/line-break'
import { readableLength } from '../src/shared/subtitles/text-metrics'

export const CUE_COUNT = 5000

const OPENERS = ['Hey,', 'Listen,', 'Honestly,', 'Okay,', 'Wait,', 'So,', 'Look,']
const MIDDLES = [
  'I saw what happened in the hallway',
  'nobody deserves to be laughed at like that',
  'you can sit with us at lunch',
  'the art project is due on Friday',
  'Maria painted this for the school fair',
  'we should talk to the counsellor',
  'the bus was late again this morning',
  'that comment under your video was not fair',
  'I kept the drawing you made for me',
  'everyone makes mistakes sometimes',
  'the team needs one more player'
]
const ENDINGS = [
  'today.',
  'and I am sorry.',
  'if you want.',
  'right?',
  'okay?',
  'for real.',
  'no matter what.',
  'tomorrow too.',
  'I promise.',
  'again.',
  'with you.',
  'after class.',
  'this time.'
]
const TAILS = ['', ' Thanks.', ' See you.', ' 🙂', ' Really.']
const UNKIND = [
  'You are such a loser, nobody likes you.',
  'Shut up, you stupid idiot.',
  'Go away, freak, no one wants you here.',
  'What a fat, ugly nerd.',
  "That's so damn lame, you moron."
]
const THAI = ['สวัสดีครับ วันนี้เป็นอย่างไรบ้าง', 'ขอบคุณที่อยู่ข้างฉันนะ', 'เราเป็นเพื่อนกันเสมอ']
const ARABIC = ['مرحبا، هل أنت بخير؟', 'شكرا لأنك وقفت معي.', 'كلنا نخطئ أحيانا.']
const SPEAKERS = ['Maya', 'Jordan', 'Sam', 'Ms. Rivera', '']
const LONG = 'Choose kindness, even when it is not easy to do and nobody else around you is doing it either.'

/** The text of cue i (unique per i for i < 5,005; `salt` makes a different but equally realistic track). */
export function cueText(i: number, salt = ''): string {
  const s = salt ? ` ${salt}` : ''
  if (i % 23 === 11) return `${UNKIND[((i / 23) % UNKIND.length) | 0]} (${i})${s}`
  if (i % 31 === 5) return `${THAI[i % THAI.length]} ${i}${s}`
  if (i % 37 === 7) return `${ARABIC[i % ARABIC.length]} ${i}${s}`
  if (i % 40 === 13) return `${LONG} (${i})${s}`
  const line = `${OPENERS[i % 7]} ${MIDDLES[i % 11]} ${ENDINGS[i % 13]}${TAILS[i % 5]}${s}${i % 9 === 4 ? ' 💛' : ''}`
  // Broken for the vertical frame the way the studio's auto line break does (1 in 29 left unbroken).
  return i % 29 === 3 ? line : autoLineBreak(line, { maxCpl: 32, maxLines: 3, locale: 'en' })
}

export function makeCues(salt = '', count = CUE_COUNT): Cue[] {
  const cues: Cue[] = []
  let t = 500
  for (let i = 0; i < count; i++) {
    const text = cueText(i, salt)
    // Time to read at ~15 characters per second, ±20 %; every 19th cue is rushed (too fast to read).
    const duration = Math.max(
      800,
      Math.round(((readableLength(text) * 1000) / (i % 19 === 9 ? 30 : 15)) * (0.8 + ((i * 37) % 40) / 100))
    )
    const bully = i % 23 === 11 && i % 2 === 1
    const speaker = bully ? 'bully' : SPEAKERS[i % SPEAKERS.length]
    cues.push({ id: `c${i + 1}`, startMs: t, endMs: t + duration, text, ...(speaker ? { speaker } : {}) })
    // Mostly comfortable gaps; every 50th cue overlaps the next, every 45th is closer than a frame.
    t += duration + (i % 50 === 0 ? -120 : i % 45 === 0 ? 10 : 120 + ((i * 13) % 400))
  }
  return cues
}

/** A project with one clip long enough for the whole track, the default end card and the social QC profile. */
export function makeProject(cues: Cue[]): { project: Project; clip: Clip } {
  const durationMs = cues.length ? cues[cues.length - 1].endMs + 2000 : 10_000
  const base = newProject('Editing bench')
  const project = Project.parse({
    ...base,
    clips: [
      {
        id: 'bench-clip',
        title: 'Bench clip',
        media: 'bench.mp4',
        creator: { name: 'Aisha Rahman', handle: 'aisha.draws' },
        probe: { durationMs, width: 1080, height: 1920, fps: 30, vfr: false, rotation: 0, sar: 1, hasAudio: true },
        track: { cues, translations: {} }
      }
    ]
  })
  return { project, clip: project.clips[0] }
}

/** The clip after typing `text` into cue `index`: an immutable update, like the studio's store makes. */
export function withCueText(clip: Clip, index: number, text: string): Clip {
  const cues = clip.track.cues.slice()
  cues[index] = { ...cues[index], text }
  return { ...clip, track: { ...clip.track, cues } }
}
