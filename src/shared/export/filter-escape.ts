/**
 * Escaping for ffmpeg filtergraph syntax (see ffmpeg-filters "Notes on filtergraph escaping").
 * A value inside a filter's options goes through TWO parsers, each with av_get_token rules
 * (backslash escapes the next character, single quotes quote, leading/trailing whitespace is trimmed):
 *   1. the option level splits `key=value:key=value` on `:`;
 *   2. the graph level splits filters on `,` `;` and labels on `[` `]`.
 * So a value is escaped for level 1 first, then the result is escaped again for level 2.
 * Whitespace is escaped at both levels so a path starting or ending with a space survives trimming.
 */
export function escapeOptionValue(value: string): string {
  return value.replace(/[\\':\s]/g, (c) => `\\${c}`)
}

export function escapeForGraph(text: string): string {
  return text.replace(/[\\'[\],;\s]/g, (c) => `\\${c}`)
}

/** A value ready to be written after `key=` inside a -filter_complex string. */
export function filterValue(value: string): string {
  return escapeForGraph(escapeOptionValue(value))
}

/** The libass filter for one output: the ASS file and the fonts dir, both escaped. */
export function assFilter(assPath: string, fontsDir: string): string {
  return `ass=filename=${filterValue(assPath)}:fontsdir=${filterValue(fontsDir)}`
}
