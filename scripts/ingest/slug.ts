import { pinyin } from 'pinyin-pro'
import { cut } from './words.ts'

/** `000_aec70531b338b84a.txt` → `000-aec70531b338b84a` */
export function sourceSlug(file: string): string {
  const stem = file.replace(/\.[^.]+$/, '')
  // a Chinese file name (南湖晚报0307.txt) is spelled in pinyin
  const spelled = /[\u4e00-\u9fff]/.test(stem) ? titleSlug(stem, 12) : stem
  return (
    spelled
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'source'
  )
}

/**
 * A readable ASCII slug of a Chinese title: the pinyin of its first words, one
 * hyphen between words (`嘉兴南湖机场正式通航` → `jiaxing-nanhu-jichang-zhengshi`).
 */
export function titleSlug(title: string, words = 4): string {
  const out: string[] = []
  for (const w of cut(title)) {
    const ascii = /[\u4e00-\u9fff]/.test(w)
      ? pinyin(w, { toneType: 'none', type: 'array', v: true }).join('')
      : w.toLowerCase()
    const clean = ascii.replace(/[^a-z0-9]+/g, '')
    if (clean) out.push(clean)
    if (out.length >= words) break
  }
  return out.join('-') || 'untitled'
}

/** Article ids carry their source's id so that adding a source never renames another's stories. */
export function articleSlug(sourceId: string, order: number, title: string): string {
  return `${sourceId}-${String(order).padStart(2, '0')}-${titleSlug(title)}`
}
