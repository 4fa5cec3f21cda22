import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { sourceFiles } from './locale-files'

/** Attributes whose value a user reads or hears. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label'
])
/** Words are anything with a letter in any script; symbols, numbers and punctuation ("×", "?", "•", "%") are allowed. */
const HAS_LETTER = /\p{L}/u

/** Finds user-visible literal text in a .tsx file: JSX text, {'literal'} children, and text attributes. */
export function findHardCodedStrings(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const isLiteral = (n: ts.Node | undefined): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    !!n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`)
    if (
      ts.isJsxExpression(node) &&
      ts.isJsxElement(node.parent) &&
      isLiteral(node.expression) &&
      HAS_LETTER.test(node.expression.text)
    ) {
      found.push(`${where(node)} child "${node.expression.text}"`)
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer
      const literal = init && ts.isJsxExpression(init) ? init.expression : init
      if (isLiteral(literal) && HAS_LETTER.test(literal.text))
        found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('hard-coded user-visible strings', () => {
  it('the detector catches text, literal children and text attributes but allows symbols', () => {
    const src = `export const A = () => <div title="Close" aria-label={'Open file'} data-x="ok">Hello {'there'} × 2 ? <b>{t('k')}</b><i aria-label="×">•</i></div>`
    expect(findHardCodedStrings('a.tsx', src)).toEqual([
      'a.tsx:1 title="Close"',
      'a.tsx:1 aria-label="Open file"',
      'a.tsx:1 text "Hello"',
      'a.tsx:1 child "there"'
    ])
  })

  it('no .tsx in src/renderer shows text that does not come from a locale file', () => {
    const hits = sourceFiles()
      .filter((p) => p.endsWith('.tsx'))
      .flatMap((p) => findHardCodedStrings(p.slice(p.indexOf('src/renderer')), readFileSync(p, 'utf8')))
    expect(hits).toEqual([])
  })
})
