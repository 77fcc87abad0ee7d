// sax (a dependency of Payload itself) ships no types: the part of its API the XLIFF reader uses.
declare module 'sax' {
  export interface Tag {
    name: string
    attributes: Record<string, string>
    isSelfClosing: boolean
  }
  export interface SAXParser {
    line: number
    column: number
    onerror: (error: Error) => void
    onopentag: (tag: Tag) => void
    onclosetag: (name: string) => void
    ontext: (text: string) => void
    oncdata: (text: string) => void
    write(xml: string): SAXParser
    close(): SAXParser
  }
  export function parser(strict: boolean, options?: { trim?: boolean; normalize?: boolean; xmlns?: boolean }): SAXParser
}
