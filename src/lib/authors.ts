// The people the bylines credit: reporters, correspondents, photographers and the
// writers of a newsletter's briefs. One author per printed name (the archive cannot
// tell two people of one name apart); their credits with the role each story gives.
// Pure functions over the articles, prepared once per build.
import { createHash } from 'node:crypto'
import { pinyin } from 'pinyin-pro'

export interface Credit {
  article: string
  /** as the byline prints them: 记者, 摄影, or a newsletter's department (机场公司); a writer may take two (文、摄) */
  roles: string[]
}

export interface Author {
  id: string
  name: string
  credits: Credit[]
  /** each role with how many stories credit it, most first */
  roles: { role: string; count: number }[]
}

interface Bylined {
  id: string
  bylines: { role: string; name: string }[]
}

const spell = (name: string) =>
  pinyin(name, { toneType: 'none', type: 'array', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/^-+|-+$/g, '') || 'author'

/**
 * The authors of the archive, each with an ASCII id: the pinyin of the name
 * (`pan-lin-juan`); two names spelled alike (王丽, 王力) both take a suffix from
 * their characters, so neither id depends on which name came first.
 */
export function collectAuthors(articles: Bylined[]): Author[] {
  const byName = new Map<string, Credit[]>()
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    for (const b of a.bylines) {
      const credits = byName.get(b.name) ?? []
      const credit = credits.find((c) => c.article === a.id)
      if (!credit) credits.push({ article: a.id, roles: [b.role] })
      else if (!credit.roles.includes(b.role)) credit.roles.push(b.role)
      byName.set(b.name, credits)
    }
  }
  const spelled = new Map<string, number>()
  for (const name of byName.keys()) spelled.set(spell(name), (spelled.get(spell(name)) ?? 0) + 1)
  return [...byName]
    .map(([name, credits]) => {
      const base = spell(name)
      const id = spelled.get(base)! > 1 ? `${base}-${createHash('sha256').update(name).digest('hex').slice(0, 6)}` : base
      const counts = new Map<string, number>()
      for (const c of credits) for (const role of c.roles) counts.set(role, (counts.get(role) ?? 0) + 1)
      const roles = [...counts].map(([role, count]) => ({ role, count })).sort((x, y) => y.count - x.count || x.role.localeCompare(y.role, 'zh'))
      return { id, name, credits, roles }
    })
    .sort((x, y) => y.credits.length - x.credits.length || x.name.localeCompare(y.name, 'zh'))
}
