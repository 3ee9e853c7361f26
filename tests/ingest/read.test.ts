import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../scripts/ingest/read.ts'

const enc = (s: string) => new TextEncoder().encode(s)

describe('decodeSource', () => {
  it('reads UTF-8, drops a BOM and normalises line endings', () => {
    const r = decodeSource('a.txt', enc('\ufeff标题\r\n正文。\r\n'))
    expect(r.text).toBe('标题\n正文。\n')
    expect(r.encoding).toBe('utf-8')
    expect(r.warnings).toEqual([])
  })
  it('rejects an empty file, naming it', () => {
    expect(() => decodeSource('empty.txt', new Uint8Array())).toThrow(/^empty\.txt: the file is empty/)
  })
  it('rejects binary data, naming file and line', () => {
    expect(() => decodeSource('bin.txt', enc('第一行\n第二行\n\0\u0001'))).toThrow(/^bin\.txt:3: binary data/)
  })
  it('accepts GB18030 with a warning that names the first bad line', () => {
    // 嘉兴 in GB18030
    const bytes = new Uint8Array([0x61, 0x0a, 0xbc, 0xce, 0xd0, 0xcb])
    const r = decodeSource('gb.txt', bytes)
    expect(r.text).toBe('a\n嘉兴')
    expect(r.encoding).toBe('gb18030')
    expect(r.warnings[0]).toMatch(/^gb\.txt:2: not UTF-8; decoded as GB18030/)
  })
  it('rejects a file of whitespace only', () => {
    expect(() => decodeSource('blank.txt', enc('\n  \n\t\n'))).toThrow(/only whitespace/)
  })
})
