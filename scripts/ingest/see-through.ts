import * as OpenCC from 'opencc-js'

// What a reprint adds to the text that parsing should not see: pinyin glossed after
// characters (潮(cháo)新闻) and traditional characters (發布日期). The stored text stays
// as printed; the classifier reads stamps, labels and bylines through this view.

/** A pinyin gloss in brackets: lower-case Latin with at least one tone mark. */
const PINYIN = /[(（]\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]*\s*[)）]/g

let toSimplified: ((text: string) => string) | null = null

/** The text with pinyin glosses taken out and traditional characters simplified. */
export function seeThrough(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' })
  return toSimplified(text.replace(PINYIN, ''))
}
