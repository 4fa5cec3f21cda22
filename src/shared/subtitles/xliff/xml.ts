/**
 * A small, strict XML reader for translator hand-off files (XLIFF). Pure so import logic stays in
 * src/shared and is testable with plain strings; the xliff npm package (which needs xml-js/sax) is used
 * in the tests to cross-check both directions. Supports elements, attributes, text, CDATA, comments,
 * processing instructions, the DOCTYPE line, the five named entities and numeric references. Throws
 * XmlError with a line number on malformed input; callers turn that into a user-facing report.
 */
export interface XmlElement {
  name: string
  /** Name without a namespace prefix ("xml:space" → "space" is NOT done for attributes; only element names). */
  local: string
  attrs: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`)
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function parseXml(text: string): XmlElement {
  let pos = 0
  const lineAt = (p: number) => {
    let n = 1
    for (let i = 0; i < p && i < text.length; i++) if (text.charCodeAt(i) === 10) n++
    return n
  }
  const fail = (msg: string): never => {
    throw new XmlError(msg, lineAt(pos))
  }
  const decode = (s: string): string =>
    s.indexOf('&') < 0
      ? s
      : s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
          if (!whole.endsWith(';')) fail(`unterminated entity "${whole}"`)
          if (ref[0] === '#') {
            const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
            if (!(cp > 0 && cp <= 0x10ffff)) fail(`bad character reference "${whole}"`)
            return String.fromCodePoint(cp)
          }
          const v = NAMED[ref]
          if (v === undefined) fail(`unknown entity "${whole}"`)
          return v as string
        })

  const skipMisc = () => {
    for (;;) {
      while (pos < text.length && /\s/.test(text[pos])) pos++
      if (text.startsWith('<?', pos)) pos = after('?>')
      else if (text.startsWith('<!--', pos)) pos = after('-->')
      else if (text.startsWith('<!DOCTYPE', pos)) pos = after('>')
      else return
    }
  }
  const after = (end: string) => {
    const i = text.indexOf(end, pos)
    if (i < 0) fail(`missing "${end}"`)
    return i + end.length
  }

  const element = (): XmlElement => {
    const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(pos, pos + 200))
    if (!m) fail('expected an element')
    const name = (m as RegExpExecArray)[1]
    pos += (m as RegExpExecArray)[0].length
    const attrs: Record<string, string> = {}
    for (;;) {
      while (/\s/.test(text[pos] ?? '')) pos++
      if (text.startsWith('/>', pos)) {
        pos += 2
        return { name, local: localName(name), attrs, children: [] }
      }
      if (text[pos] === '>') {
        pos++
        break
      }
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(text.slice(pos, pos + 100_000))
      if (!a) fail(`malformed attribute in <${name}>`)
      const [whole, key, , dq, sq] = a as RegExpExecArray
      if (key in attrs) fail(`duplicate attribute "${key}" in <${name}>`)
      attrs[key] = decode((dq ?? sq ?? '').replace(/[\t\n\r]/g, ' '))
      pos += whole.length
    }
    const children: XmlNode[] = []
    for (;;) {
      if (pos >= text.length) fail(`<${name}> is not closed`)
      if (text.startsWith('</', pos)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(pos, pos + 300))
        if (!close || close[1] !== name) fail(`expected </${name}>`)
        pos += (close as RegExpExecArray)[0].length
        return { name, local: localName(name), attrs, children }
      }
      if (text.startsWith('<!--', pos)) pos = after('-->')
      else if (text.startsWith('<![CDATA[', pos)) {
        const end = text.indexOf(']]>', pos)
        if (end < 0) fail('unterminated CDATA')
        children.push(text.slice(pos + 9, end))
        pos = end + 3
      } else if (text.startsWith('<?', pos)) pos = after('?>')
      else if (text[pos] === '<') children.push(element())
      else {
        const next = text.indexOf('<', pos)
        const raw = text.slice(pos, next < 0 ? text.length : next)
        children.push(decode(raw))
        pos = next < 0 ? text.length : next
      }
    }
  }

  skipMisc()
  if (text[pos] !== '<') fail('not an XML document')
  const root = element()
  skipMisc()
  if (pos < text.length) fail('content after the root element')
  return root
}

function localName(name: string): string {
  const i = name.indexOf(':')
  return i < 0 ? name : name.slice(i + 1)
}

/** Child elements with this local name. */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local)
}

/** All text inside an element; inline markup (XLIFF <ph/>, <g>, <mrk>) contributes its text only. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')
}

/** Characters XML 1.0 cannot carry at all (C0 controls except tab/LF/CR); they are dropped on export. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
}
