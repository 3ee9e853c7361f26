// How long a story takes to read. Rule: an adult reads Chinese at roughly 400–500
// characters a minute; we take 450. Every Han character counts as one, and so does
// every run of Latin letters or digits (LED, 2024, 3400), which a reader takes in
// at a glance; punctuation and spaces are not counted. The result is rounded up
// to whole minutes, never less than one.
export const CHARS_PER_MINUTE = 450

const READABLE = /\p{Script=Han}|[[\p{L}\p{N}]--\p{Script=Han}]+/gv

/** Characters (and Latin/digit runs) a reader reads in `text`. */
export const readableLength = (text: string) => text.match(READABLE)?.length ?? 0

export function readingMinutes(texts: string[]): number {
  const chars = texts.reduce((sum, t) => sum + readableLength(t), 0)
  return Math.max(1, Math.ceil(chars / CHARS_PER_MINUTE))
}
