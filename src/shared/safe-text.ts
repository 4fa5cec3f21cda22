/**
 * Text from files (names, bytes quoted by a parser, ffmpeg's stderr) must never reach a terminal or
 * a log raw: an ESC byte starts a control sequence that can recolour, hide or rewrite what the user
 * sees (or set the window title, or on some terminals answer back). Every C0 control but newline
 * and tab, DEL and every C1 control (U+0080–U+009F, which includes the 8-bit CSI U+009B) is shown
 * as a visible escape such as `\x1b` instead. Printable text of every script is kept as is.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

export function safeText(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/** True when `text` holds nothing safeText would change. */
export function isSafeText(text: string): boolean {
  CONTROL.lastIndex = 0
  return !CONTROL.test(text)
}
