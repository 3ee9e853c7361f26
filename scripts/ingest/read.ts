import { IngestError } from './errors.ts'

export interface DecodedText {
  text: string
  encoding: 'utf-8' | 'gb18030'
  warnings: string[]
}

/** Past this size a document is still read, but the editor is told: no real page is this long. */
const LARGE_BYTES = 2_000_000

/**
 * Bytes to text. UTF-8 is expected; a file that is not valid UTF-8 but reads as
 * GB18030 (common in Chinese exports) is accepted with a warning; anything with NUL
 * bytes or mostly control characters is binary and rejected.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedText {
  const warnings: string[] = []
  if (bytes.length === 0) throw new IngestError(file, null, 'the file is empty')
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new IngestError(file, lineOfByte(bytes, nul), 'binary data (a NUL byte): not a text export')
  }
  if (bytes.length > LARGE_BYTES) {
    warnings.push(`${file}: ${(bytes.length / 1e6).toFixed(1)} MB is far longer than any printed page; read anyway`)
  }
  let text: string
  let encoding: DecodedText['encoding'] = 'utf-8'
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      throw new IngestError(file, lineOfByte(bytes, bad), 'neither UTF-8 nor GB18030 text')
    }
    encoding = 'gb18030'
    warnings.push(`${file}:${lineOfByte(bytes, bad)}: not UTF-8; decoded as GB18030 — save the file as UTF-8`)
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  // \f is a page break (pdftotext writes one per page): a line break for our purposes
  text = text.replace(/\r\n?|\f/g, '\n')
  const control = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0
  if (control > 0 && control / text.length > 0.01) {
    throw new IngestError(file, null, `binary data (${control} control characters): not a text export`)
  }
  if (text.trim() === '') throw new IngestError(file, null, 'the file holds only whitespace')
  return { text, encoding, warnings }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++
  return line
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0
    if (len === 0) return i
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += len
  }
  return 0
}
