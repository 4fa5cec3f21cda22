/**
 * Speaker → colour for the Speaker colours style: the speakers the user named in `speakerColors` keep
 * their colour; the others take the palette's colour of their place in order of first appearance. A
 * named speaker still holds its place, so giving one speaker a colour never recolours the others.
 * Pure; the export (ass/caption-events.ts) and the studio's colour picker use this one function, so the
 * picker shows what gets exported.
 */
export function speakerColorMap(
  speakers: Iterable<string | undefined>,
  named: Readonly<Record<string, string>>,
  palette: readonly string[]
): Map<string, string> {
  const out = new Map<string, string>()
  let next = 0
  for (const speaker of speakers) {
    if (!speaker || out.has(speaker)) continue
    const place = next++
    out.set(speaker, named[speaker] ?? palette[place % palette.length]!)
  }
  return out
}

/** The named colours with one speaker's colour set (a colour) or given back to the palette (undefined). */
export function withSpeakerColor(
  named: Readonly<Record<string, string>>,
  speaker: string,
  color: string | undefined
): Record<string, string> {
  const next = { ...named }
  if (color === undefined) delete next[speaker]
  else next[speaker] = color.toUpperCase()
  return next
}
