// The xliff package ships no types; only what the cross-check tests use.
declare module 'xliff/xliff2js' {
  export default function xliff2js(xml: string): Promise<unknown>
}
declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string): Promise<unknown>
}
declare module 'xliff/createxliff' {
  export default function createxliff(
    src: string,
    trg: string,
    sources: Record<string, string>,
    targets: Record<string, string>,
    ns: string
  ): Promise<string>
}
declare module 'xliff/createxliff12' {
  export default function createxliff12(
    src: string,
    trg: string,
    sources: Record<string, string>,
    targets: Record<string, string>,
    ns: string
  ): Promise<string>
}
