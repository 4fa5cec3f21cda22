/**
 * English message templates of the QC rules in i18next syntax ({{param}}), keyed by messageKey. The
 * renderer adds these keys to its locale files and shows t(issue.messageKey, issue.params); the
 * English `message` of each issue is this template filled with its params (makeIssue in issue.ts),
 * so each message is written here and nowhere else.
 */
export const QC_MESSAGES_EN: Record<string, string> = {
  'qc.emptyCue': 'Cue has no visible text.',
  'qc.outsideClip': 'Cue {{what}} at {{atMs}} ms, after the clip ends ({{durationMs}} ms).',
  'qc.overlap': 'Cue overlaps the next cue by {{overlapMs}} ms.',
  'qc.maxLines': 'Cue has {{lines}} lines; the limit is {{max}}.',
  'qc.maxCpl': 'Line is {{width}} characters wide; the limit is {{max}}.',
  'qc.readingSpeed': 'Reading speed is {{cps}} characters per second; the limit is {{max}}.',
  'qc.minDuration': 'Cue lasts {{durationMs}} ms; the minimum is {{min}} ms.',
  'qc.maxDuration': 'Cue lasts {{durationMs}} ms; the maximum is {{max}} ms.',
  'qc.minGap': 'Gap to the next cue is {{gapMs}} ms; at least {{frames}} frames ({{min}} ms) are needed.',
  'qc.underEndCard': 'Cue runs under the end card (which starts at {{endCardStartMs}} ms).'
}

/** Fills a template the way i18next does for these simple cases. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))
}
