/** Stable, readable clip ids and titles derived from media file names. */

/** "Block the Bullies (final).mp4" → "Block the Bullies (final)"; underscores become spaces. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]{1,5}$/, '')
  const title = base.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim()
  return title || fileName
}

/** "Power of Words!.mp4" → "power-of-words"; Latin accents are dropped, other scripts keep their letters and vowel signs ("ਸ਼ਬਦ"), the rest becomes "-". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
    .normalize('NFC')
  return slug || 'clip'
}

/**
 * A new id for a clip made from `fileName`: the slug plus a short suffix ("walk-away-k3f9"), so ids
 * stay readable in files and URLs yet do not collide with clips already in the project (which the
 * importer may not see: the renderer holds unsaved edits). `suffix` is injected to keep this pure;
 * it is re-rolled while the id is in `taken`. The caller adds the result to `taken`.
 */
export function makeClipId(fileName: string, taken: ReadonlySet<string>, suffix: () => string): string {
  const slug = slugify(titleFromFileName(fileName))
  for (let attempt = 0; attempt < 100; attempt++) {
    const candidate = `${slug}-${suffix()}`
    if (!taken.has(candidate)) return candidate
  }
  // A suffix source that keeps repeating itself (a test stub): fall back to a counter.
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`
}
