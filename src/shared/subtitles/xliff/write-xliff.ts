import type { SubtitleTrack, TranslationStatus } from '../../project/schema'
import { handoffUnits, maxLengthNote, type HandoffLimits } from './handoff-units'
import { encodeIdentity, type HandoffIdentity } from './identity'
import { escapeXmlAttr as attr, escapeXmlText as txt, stripInvalidXmlChars as clean } from './xml'

export interface XliffExportInput {
  track: SubtitleTrack
  sourceLocale: string
  targetLocale: string
  identity: HandoffIdentity
  limits: HandoffLimits
}

// Our status → XLIFF 2.0 segment@state / XLIFF 1.2 target@state. 'outdated' goes out as needing work,
// with the old target kept so the translator can revise it.
const STATE_20: Record<TranslationStatus, string> = {
  missing: 'initial',
  outdated: 'initial',
  draft: 'translated',
  done: 'final'
}
const STATE_12: Record<TranslationStatus, string> = {
  missing: 'new',
  outdated: 'needs-review-translation',
  draft: 'translated',
  done: 'final'
}

/** XLIFF 2.0: one <file> per clip, one <unit> per cue (id = cue id), notes for speaker, timing and length. */
export function exportXliff20(input: XliffExportInput): string {
  const { track, sourceLocale, targetLocale, identity, limits } = input
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${attr(sourceLocale)}" trgLang="${attr(targetLocale)}">`,
    `  <file id="f1" original="${attr(encodeIdentity(identity))}">`
  ]
  for (const u of handoffUnits(track, targetLocale)) {
    out.push(`    <unit id="${attr(u.id)}" xml:space="preserve">`, '      <notes>')
    if (u.speaker) out.push(`        <note category="speaker">${txt(clean(u.speaker))}</note>`)
    out.push(
      `        <note category="timing">${txt(u.timing)}</note>`,
      `        <note category="max-length">${txt(maxLengthNote(limits))}</note>`
    )
    if (u.status === 'outdated')
      out.push('        <note category="status">the source changed after this was translated</note>')
    out.push(
      '      </notes>',
      `      <segment state="${STATE_20[u.status]}">`,
      `        <source>${txt(clean(u.source))}</source>`
    )
    if (u.target) out.push(`        <target>${txt(clean(u.target))}</target>`)
    out.push('      </segment>', '    </unit>')
  }
  out.push('  </file>', '</xliff>', '')
  return out.join('\n')
}

/** XLIFF 1.2: <trans-unit id=cue id maxwidth=lines×cpl size-unit="char">, notes from="speaker|timing|max-length". */
export function exportXliff12(input: XliffExportInput): string {
  const { track, sourceLocale, targetLocale, identity, limits } = input
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    `  <file original="${attr(encodeIdentity(identity))}" source-language="${attr(sourceLocale)}" target-language="${attr(targetLocale)}" datatype="plaintext">`,
    '    <body>'
  ]
  for (const u of handoffUnits(track, targetLocale)) {
    out.push(
      `      <trans-unit id="${attr(u.id)}" maxwidth="${limits.maxCpl * limits.maxLines}" size-unit="char" xml:space="preserve">`,
      `        <source>${txt(clean(u.source))}</source>`
    )
    if (u.target) out.push(`        <target state="${STATE_12[u.status]}">${txt(clean(u.target))}</target>`)
    if (u.speaker) out.push(`        <note from="speaker">${txt(clean(u.speaker))}</note>`)
    out.push(
      `        <note from="timing">${txt(u.timing)}</note>`,
      `        <note from="max-length">${txt(maxLengthNote(limits))}</note>`,
      '      </trans-unit>'
    )
  }
  out.push('    </body>', '  </file>', '</xliff>', '')
  return out.join('\n')
}
