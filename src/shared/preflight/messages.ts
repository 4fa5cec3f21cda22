import { fillTemplate } from '../subtitles/qc/messages'
import type { PreflightCode } from './types'

/**
 * English message templates of the pre-flight problems, in i18next syntax ({{param}}), keyed by code.
 * A problem's `message` is exactly its template filled with its params (tested); the studio shows the
 * same params through its locale files (review.problem.<code>). 'qc' and 'kindness' carry the
 * finding's own message.
 */
export const PREFLIGHT_MESSAGES_EN: Record<PreflightCode, string> = {
  'translation-none': 'No {{locale}} translation at all: none of the {{cues}} cues would have subtitles.',
  'translation-missing': 'Cue {{n}} has no {{locale}} translation: “{{source}}”',
  'translation-outdated':
    'Cue {{n}}: the {{locale}} translation is outdated (the source changed after translating): “{{source}}”',
  'translation-draft': 'Cue {{n}}: the {{locale}} translation is still a draft.',
  'locale-not-target': "{{locale}} is not one of the project's target languages.",
  'no-subtitles': 'This clip has no subtitles.',
  qc: '{{message}}',
  kindness: '“{{actual}}”: {{message}}',
  // The words of the export's own source check (and of issue 15's bad-input corpus).
  'media-missing': "{{path}}: the clip's media file is missing.",
  'media-changed': 'The media file changed since it was imported ({{detail}}): {{path}}.',
  'media-touched': 'The media file was touched since import but its content is the same: {{path}}.',
  'media-unrecorded':
    'Kindframe has no import record of this media file, so it cannot tell whether it changed: {{path}}.',
  'probe-missing': 'The clip was never probed: its duration and size are unknown.',
  'endcard-name-missing': 'The end card has no name.',
  'endcard-handle-missing': 'The end card has no @handle.',
  'endcard-photo-missing': 'The end card has no photo or video of the creator.',
  'endcard-photo-not-found': 'The end-card photo is missing: {{path}}.',
  'endcard-message-missing':
    'The end card has no {{locale}} message, and Kindframe has no default in that language: it would show the English one.',
  'font-missing-glyph':
    'No font has “{{char}}” ({{codepoint}}), used in {{where}}: it would be burned in as an empty box.',
  'font-fallback':
    '{{family}} has no “{{char}}” ({{codepoint}}), used in {{where}}: it would be drawn with the system font {{fallback}}, which Kindframe does not ship.',
  'font-system':
    'Uses the system font {{family}}, which Kindframe does not ship: another machine may draw it differently.',
  'font-not-installed':
    'The caption style asks for the font {{family}}, which Kindframe does not ship and this computer does not have: install it, or choose another font in the caption style.',
  'font-unverified':
    '“{{char}}” ({{codepoint}}), used in {{where}}, is not in {{family}}, and the system fonts could not be checked.',
  'duration-over-limit': 'The video would last {{seconds}} s; {{preset}} allows at most {{maxSeconds}} s.',
  'duration-long': 'The video would last {{seconds}} s; {{preset}} recommends at most {{warnSeconds}} s.',
  'size-may-exceed': "The file could reach {{mb}} MB at the preset's maximum bitrate; the limit is {{maxMb}} MB.",
  'output-collision': 'Would be written to the same file as {{other}}: {{file}}.',
  'output-renamed': 'Another clip has the same title: written as {{file}} instead of {{wanted}}.',
  'output-exists':
    'The output folder already holds a different version of {{file}} ({{detail}}); not overwriting it without overwrite.',
  'output-exists-same':
    '{{file}} is already there, exported from this same version; not overwriting it without overwrite.',
  'output-replaces': 'Replaces the {{file}} that is already there ({{detail}}).',
  'output-stale-final':
    'The folder holds an older {{file}} that no longer matches the project; this export writes {{incomplete}} next to it.'
}

export function preflightMessage(code: PreflightCode, params: Record<string, string | number>): string {
  return fillTemplate(PREFLIGHT_MESSAGES_EN[code], params)
}
