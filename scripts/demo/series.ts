/**
 * The demo series: six short #CreateKindness-style stories. Every creator here is FICTIONAL
 * (invented names and handles; their photos are generated shapes), so the demo never puts a
 * real person's name on screen. Each story shows a moment of bullying and then a kind answer.
 */
export type DemoAudio = { kind: 'tones'; hz: number[] } | { kind: 'noise'; color: 'pink' | 'brown'; toneHz?: number } | { kind: 'none' }

export interface DemoCue {
  startMs: number
  endMs: number
  text: string
  speaker?: string
  /**
   * Malay translation, for the `ms` target locale. Every cue has one: the demo exports Malay, and
   * pre-flight refuses an output with missing subtitles. Lines are broken for the social QC profile
   * (32 characters per line, 21 characters per second).
   */
  ms: string
}

export interface DemoStory {
  id: string
  title: string
  width: number
  height: number
  durationS: number
  audio: DemoAudio
  /** Background gradient and the three characters' colours: the one picked on, the bully, the friend. */
  palette: { from: string; to: string; target: string; bully: string; friend: string }
  creator: { name: string; handle: string; photoBg: string; photoFg: string }
  script: { en: string; ms?: string }
  cues: DemoCue[]
}

export const SERIES_TITLE = '#CreateKindness — Demo Series'

export const END_CARD_MESSAGE = {
  en: 'Be kind. Be the reason someone feels safe today.',
  ms: 'Berbuat baiklah. Jadilah sebab seseorang berasa selamat hari ini.'
}

export const STORIES: DemoStory[] = [
  {
    id: 'block-the-bullies',
    title: 'Block the Bullies',
    width: 640, height: 360, durationS: 6,
    audio: { kind: 'tones', hz: [262, 330] },
    palette: { from: '#1d3557', to: '#457b9d', target: '#a8dadc', bully: '#e63946', friend: '#ffd166' },
    creator: { name: 'Mira Kindwell', handle: '@mira.kindwell.art', photoBg: '#457b9d', photoFg: '#ffd166' },
    script: {
      en: 'Every night the messages came.\n[bully] Nobody likes you. Just quit.\nMaya stopped opening her phone. No one deserves that. Then her friend sat down beside her, showed her the block button and the report button, and said: you do not have to read this alone.',
      ms: 'Setiap malam mesej itu datang. Kemudian kawannya duduk di sebelahnya dan berkata: kamu tidak perlu membacanya seorang diri.'
    },
    cues: [
      { startMs: 0, endMs: 1600, text: 'Nobody likes you.\nJust quit.', speaker: 'bully', ms: 'Tiada siapa suka kau.\nBerhentilah.' },
      { startMs: 1700, endMs: 3300, text: 'Maya stopped\nopening her phone.', ms: 'Maya tidak lagi\nbuka telefonnya.' },
      { startMs: 3400, endMs: 5400, text: 'No one deserves this.\nBlock. Report.', speaker: 'friend', ms: 'Kau tak patut\ndilayan begini.\nSekat. Lapor.' }
    ]
  },
  {
    id: 'why-would-you',
    title: 'Why Would You…',
    width: 360, height: 640, durationS: 7,
    audio: { kind: 'noise', color: 'pink', toneHz: 220 },
    palette: { from: '#3d405b', to: '#81b29a', target: '#f2cc8f', bully: '#e07a5f', friend: '#f4f1de' },
    creator: { name: 'Tomás Brightwater', handle: '@tomas.brightwater', photoBg: '#81b29a', photoFg: '#f4f1de' },
    script: {
      en: 'They laughed at his lunch and passed the photo around.\n[bully] Ew, what is he eating?\nThat isn\'t funny. Why would you do that? Then one voice asked a different question: why would you not sit with him? And the table filled up.'
    },
    cues: [
      { startMs: 0, endMs: 1600, text: 'Ew, what is\nhe eating?', speaker: 'bully', ms: 'Eee, dia makan\napa tu?' },
      { startMs: 1700, endMs: 3400, text: "That isn't funny.\nWhy share it?", ms: 'Itu tak baik.\nKenapa kongsi?' },
      { startMs: 3500, endMs: 5000, text: 'Why would you not\nsit with him?', speaker: 'friend', ms: 'Kenapa tak duduk\nbersamanya?' },
      { startMs: 5100, endMs: 6400, text: 'Save me a seat\ntomorrow?', ms: 'Simpan tempat\nuntukku esok?' }
    ]
  },
  {
    id: 'i-want-to-hold-on-to',
    title: 'I Want to Hold On To',
    width: 480, height: 480, durationS: 5,
    audio: { kind: 'none' },
    palette: { from: '#22223b', to: '#4a4e69', target: '#c9ada7', bully: '#9a8c98', friend: '#f2e9e4' },
    creator: { name: 'Nur Aisyah Lestari', handle: '@aisyah.lestari.draws', photoBg: '#4a4e69', photoFg: '#f2e9e4' },
    script: {
      en: 'They told her to let go of the things she loved.\n[bully] Your drawings are weird.\nThat was unkind, and it was not true. She almost gave up. A kind word from a stranger reminded her: hold on to what makes you you.',
      ms: 'Mereka menyuruhnya melepaskan perkara yang dia sayangi. Kata-kata baik seorang asing mengingatkannya: pegang erat apa yang menjadikan kamu dirimu.'
    },
    cues: [
      { startMs: 0, endMs: 1350, text: 'Your drawings\nare weird.', speaker: 'bully', ms: 'Lukisan kau\npelik.' },
      { startMs: 1400, endMs: 2850, text: 'That was unkind.\nAnd not true.', ms: 'Itu tidak baik.\nDan tak benar.' },
      { startMs: 2900, endMs: 4450, text: 'Hold on to what\nmakes you you.', speaker: 'stranger', ms: 'Pegang apa yang\nmenjadikan kau.' }
    ]
  },
  {
    id: 'walk-away',
    title: 'Walk Away',
    width: 432, height: 540, durationS: 8,
    audio: { kind: 'tones', hz: [392] },
    palette: { from: '#264653', to: '#2a9d8f', target: '#e9c46a', bully: '#e76f51', friend: '#f4a261' },
    creator: { name: 'Kofi Amberlane', handle: '@kofi.amberlane', photoBg: '#2a9d8f', photoFg: '#e9c46a' },
    script: {
      en: 'The crowd wanted a fight.\n[bully] Come on, hit me back!\nHe did not, because fighting is not okay. He walked away, and two friends walked with him. Walking away is not losing. It is choosing who you want to be.',
      ms: 'Orang ramai mahukan pergaduhan. Dia tidak membalas. Dia pergi, dan dua orang kawan berjalan bersamanya.'
    },
    cues: [
      { startMs: 0, endMs: 1800, text: 'Come on,\nhit me back!', speaker: 'bully', ms: 'Ayuh,\npukul aku balik!' },
      { startMs: 1900, endMs: 3700, text: "Fighting isn't okay.\nHe walked away.", ms: 'Bergaduh itu salah.\nDia beredar pergi.' },
      { startMs: 3800, endMs: 5500, text: 'And two friends\nwalked with him.', ms: 'Dan dua kawan\nberjalan bersamanya.' },
      { startMs: 5600, endMs: 7400, text: 'Walking away\nis not losing.', ms: 'Berundur bukan\nbermakna kalah.' }
    ]
  },
  {
    id: 'power-of-words',
    title: 'Power of Words',
    width: 360, height: 640, durationS: 8,
    audio: { kind: 'noise', color: 'brown' },
    palette: { from: '#10002b', to: '#5a189a', target: '#e0aaff', bully: '#ff5d8f', friend: '#80ffdb' },
    creator: { name: 'Lin Haverford', handle: '@lin.haverford', photoBg: '#5a189a', photoFg: '#80ffdb' },
    script: {
      en: 'One word can make someone feel small. It stays with them long after you forget you said it. One word can also lift them up. Words can hurt; words can heal. Choose the ones that heal.',
      ms: 'Satu perkataan boleh membuat seseorang berasa kecil. Satu perkataan juga boleh mengangkatnya. Pilihlah kata-kata yang menyembuhkan.'
    },
    cues: [
      { startMs: 0, endMs: 1800, text: 'One word can make\nyou feel small.', ms: 'Satu kata boleh\nbuat kau rasa kecil.' },
      { startMs: 1900, endMs: 3700, text: 'It stays long after\nit was said.', ms: 'Ia kekal lama\nselepas diucapkan.' },
      { startMs: 3800, endMs: 5700, text: 'Words can hurt.\nWords can heal.', ms: 'Kata boleh melukai.\nKata boleh merawat.' },
      { startMs: 5800, endMs: 7400, text: 'Choose the ones\nthat heal.', ms: 'Pilih kata\nyang merawat.' }
    ]
  },
  {
    id: 'what-we-dont-see',
    title: "What We Don't See",
    width: 640, height: 360, durationS: 7,
    audio: { kind: 'tones', hz: [294, 440] },
    palette: { from: '#003049', to: '#669bbc', target: '#fdf0d5', bully: '#c1121f', friend: '#fcbf49' },
    creator: { name: 'Rafael Quillstone', handle: '@rafa.quillstone', photoBg: '#669bbc', photoFg: '#fcbf49' },
    script: {
      en: 'Every morning he fell asleep in class.\n[bully] Asleep again? So lazy.\nThat was unkind. Nobody saw the night shifts, the little sister, the empty fridge. Before you judge, ask. Kindness starts with: are you okay?'
    },
    cues: [
      { startMs: 0, endMs: 1700, text: 'Asleep again?\nSo lazy.', speaker: 'bully', ms: 'Tidur lagi?\nMalas betul.' },
      { startMs: 1800, endMs: 3400, text: 'Nobody saw the\nnight shifts.', ms: 'Tiada siapa nampak\nsyif malamnya.' },
      { startMs: 3500, endMs: 5000, text: 'Unkind. Ask\nbefore you judge.', ms: 'Tak baik.\nTanya sebelum menilai.' },
      { startMs: 5100, endMs: 6400, text: 'Hey… are you okay?', speaker: 'friend', ms: 'Hei… kau okey?' }
    ]
  }
]
