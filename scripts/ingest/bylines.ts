import { alternation, wordList, words } from './lexicon.ts'
import type { Byline } from './model.ts'
import { visibleLength } from './text.ts'

// Bylines in the forms papers and sites print them: role words before names
// (记者 甲 通讯员 乙 丙), a role after a name (甲 乙/文, 甲/摄), a role glued to its name
// (记者潘琳娟) or to the paper's brand (中心记者, 南湖晚报记者), names padded with a
// space (王 丽), a unit instead of a role (县报道组 甲), and the same inside a lead's
// brackets (本报杭州3月5日电（记者 甲）) or at the end of the text（甲 乙）. Editors
// (编辑, 责任编辑, 审核) are not bylines: their names are passed over.

/** Printed role → the role recorded (本报记者 → 记者); roles not listed are recorded as printed. */
const ROLES = new Map(wordList('byline-roles').map(([w, r]) => [w!, r ?? w!]))
/** Single-character roles stand as printed (文, 图, 摄): the archive has always recorded them so. */
const recorded = (role: string) => (role.length === 1 ? role : (ROLES.get(role) ?? role))
const ROLE_ALT = alternation('byline-roles')
const EDITOR_ALT = alternation('editor-roles')
const ROLE = new RegExp(`^(?:${ROLE_ALT})$`)
/** A role word of two or more characters set with spaces between them: 通 讯 员, 记 者. */
const LETTER_SPACED_ROLE = new RegExp(`(?<![\\u4e00-\\u9fff])(?:${words('byline-roles').filter((w) => w.length > 1).map((w) => [...w].join('\\s+')).join('|')})(?![\\u4e00-\\u9fff])`, 'g')
const EDITOR = new RegExp(`^(?:${EDITOR_ALT})$`)
/** A role with the paper's or the centre's brand before it: 中心记者, 南湖晚报记者, 潮新闻记者, N晚报记者. */
const BRANDED_ROLE = /^([\u4e00-\u9fffA-Za-z]{1,8}?)(记者|通讯员|特约记者|见习记者|摄影记者|首席记者)$/
/** A unit credited in place of a role: 县报道组, 秀洲区委报道组, 经济处. */
const UNIT = /^[\u4e00-\u9fff]{1,10}(?:报道组|通讯组|新闻中心|传媒中心|融媒体中心|记者站|报道站|工作室)$/
export const NAME = /^[\u4e00-\u9fff·]{2,5}$/
/** A medium's name: 南湖晚报, 潮新闻, 浙江在线, 嘉兴电视台. */
const MEDIUM_NAME = /^[\u4e00-\u9fffA-Za-z]{1,10}(?:报|网|新闻|在线|电视台|电台|广播|客户端|社)$/
const SUFFIX_ROLE = /^[/／](文|图|摄|摄影|撰文)$/
const CREDIT_START = /^(?:图片由|照片由|配图|图片来源|资料图片)/

/** A role token with the paper's brand before it (N晚报记者): the brand, which the role does not keep. */
export function brandOf(t: string): string | null {
  const b = t.match(BRANDED_ROLE)
  return b && !ROLE.test(t) && !/[的了是]/.test(b[1]!) ? b[1]! : null
}

function roleOf(t: string): string | null {
  if (ROLE.test(t)) return recorded(t)
  const b = t.match(BRANDED_ROLE)
  if (b && brandOf(t)) return recorded(b[2]!)
  if (UNIT.test(t)) return t
  return null
}

/** `记者潘琳娟`, `中心记者张卓君`: a role and a name written without a space. */
const GLUED = new RegExp(`^([\\u4e00-\\u9fffA-Za-z]{0,8}?(${ROLE_ALT}))([\\u4e00-\\u9fff·]{2,4})$`)
function gluedRoleName(t: string): Byline | null {
  const m = t.match(GLUED)
  // (a one-character role glued to a name cannot be told from a word: 文明城市)
  if (!m || m[2]!.length < 2) return null
  const role = roleOf(m[1]!)
  return role ? { role, name: m[3]! } : null
}

function tokenize(line: string): string[] {
  const body = line
    .replace(/^[■□▲●◆\-—–－~]+\s*/, '')
    .replace(/报道$/, '')
    // names listed with marks between them
    .replace(/[、，,;；]/g, ' ')
    // 文/摄 甲: one writer credited with both roles
    .replace(/(文|撰文)\s*[/／]\s*(图|摄影|摄)(?=\s|[\u4e00-\u9fff])/g, '$1&$2 ')
    // 文/张三 图/李四, 见习记者/宋彬彬, 文 | 张三, 责任编辑：王五
    .replace(new RegExp(`(${ROLE_ALT}|${EDITOR_ALT})\\s*[/／:：|｜]\\s*(?=[\\u4e00-\\u9fff])`, 'g'), '$1 ')
    // 甲/文, 甲 乙/摄: a role after the names
    .replace(/\s*[/／]\s*(文|图|摄影|摄|撰文)(?![\u4e00-\u9fff])/g, ' /$1')
    .trim()
  // names set with a padding space (`徐　斌`): single characters in a row are one name;
  // a role set so (通 讯 员) is the role
  return body.replace(LETTER_SPACED_ROLE, (m) => m.replace(/\s+/g, '')).split(/\s+/).reduce<string[]>((out, t) => {
    const last = out.at(-1)
    if (last !== undefined && /^[\u4e00-\u9fff]$/.test(t) && /^[\u4e00-\u9fff]$/.test(last) && !ROLE.test(last) && !ROLE.test(t)) out[out.length - 1] = last + t
    else out.push(t)
    return out
  }, [])
}

/**
 * `■记者 吴晓慧 通讯员 凌思佳 徐志玉` → roles and names. A role right after a role
 * qualifies it (`■摄影 记者 盛佳淳` is a photo by staff reporter 盛佳淳), so the first
 * role stands; a role after names (`甲 乙/文`) is theirs unless they have one. A token
 * beginning 图片由 starts the photo credit. Null unless every token is a role or a name.
 */
export function parseBylineLine(line: string): { bylines: Byline[]; credit: string | null; brands?: string[] } | null {
  const tokens = tokenize(line)
  const brands = tokens.map((t) => brandOf(t) ?? brandOf(t.match(GLUED)?.[1] ?? '')).filter((b): b is string => b !== null)
  const bylines: Byline[] = []
  /** names read since the last role-after-names, with whether a role came before them */
  let group: { byline: Byline; ruled: boolean }[] = []
  let role: string | null = null
  let roleHasName = false
  let editing = false
  let credit: string | null = null
  const brandTokens: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (CREDIT_START.test(t)) {
      credit = tokens.slice(i).join(' ')
      break
    }
    if (EDITOR.test(t)) {
      editing = true
      continue
    }
    // the paper's or the site's name printed before a role (南湖晚报 记者 甲): its brand
    if (MEDIUM_NAME.test(t) && roleOf(tokens[i + 1] ?? '') !== null && bylines.length === 0) {
      brandTokens.push(t)
      continue
    }
    const suffix = t.match(SUFFIX_ROLE)
    if (suffix) {
      if (group.length === 0) return null
      for (const g of group) if (!g.ruled) g.byline.role = recorded(suffix[1]!)
      group = []
      role = null
      roleHasName = false
      editing = false
      continue
    }
    // 文&摄: each name after it is credited once per role
    if (/^[\u4e00-\u9fff]{1,2}&[\u4e00-\u9fff]{1,2}$/.test(t) && t.split('&').every((x) => ROLE.test(x))) {
      const roles = t.split('&').map(recorded)
      const names: string[] = []
      while (i + 1 < tokens.length && NAME.test(tokens[i + 1]!) && roleOf(tokens[i + 1]!) === null) names.push(tokens[++i]!)
      if (names.length === 0) return null
      for (const role of roles) for (const name of names) bylines.push({ role, name })
      role = null
      roleHasName = false
      continue
    }
    const r = roleOf(t)
    if (r !== null) {
      editing = false
      if (role !== null && !roleHasName) continue
      role = r
      roleHasName = false
      continue
    }
    const glued = gluedRoleName(t)
    if (glued) {
      editing = false
      if (role !== null && !roleHasName) glued.role = role
      role = glued.role
      bylines.push(glued)
      group.push({ byline: glued, ruled: true })
      roleHasName = true
      continue
    }
    if (!NAME.test(t)) return null
    if (editing) continue
    const b = { role: role ?? '', name: t }
    bylines.push(b)
    group.push({ byline: b, ruled: role !== null })
    roleHasName = true
  }
  if (bylines.length === 0 || bylines.some((b) => b.role === '')) return null
  brands.push(...brandTokens)
  return brands.length ? { bylines, credit, brands } : { bylines, credit }
}

/** `（甲 乙）` at the end of a text: names only, credited with no role. */
export function parseNamesOnly(text: string): Byline[] | null {
  const tokens = tokenize(text)
  // (a unit's name is longer or ends as units do: 机场公司, 团委, 经济处)
  const person = (t: string) => /^[\u4e00-\u9fff·]{2,4}$/.test(t) && !ORG_END.test(t) && !NOTES.has(t) && SURNAME.test(t) && visibleLength(t) <= (DOUBLE_SURNAME.test(t) ? 4 : 3)
  return tokens.length >= 1 && tokens.length <= 4 && tokens.every(person) ? tokens.map((name) => ({ role: '', name })) : null
}
const NOTES = new Set(words('bracket-notes'))
const SURNAME = new RegExp(`^(?:${alternation('surnames')})`)
const DOUBLE_SURNAME = new RegExp(`^(?:${words('surnames').filter((w) => w.length === 2).join('|')})`)
const ORG_END = /[司部室办委局处科组站队厂院所会团馆行社台网报]$/

/** A unit and a writer, as a newsletter prints them: （机场公司 钟婷玉）, （县报道组 汤燕萍）. */
export function parseUnitAndName(text: string): Byline | null {
  const tokens = text.trim().split(/\s+/)
  if (tokens.length < 2 || !NAME.test(tokens.at(-1)!) || !/^[\u4e00-\u9fff]{2,12}$/.test(tokens.slice(0, -1).join(''))) return null
  return { role: tokens.slice(0, -1).join(' '), name: tokens.at(-1)! }
}

/**
 * The dispatch a lead opens with, whose brackets may hold its bylines: 本报讯,
 * 本报杭州3月5日电, 浙江在线嘉兴6月29日讯, 新华社北京3月5日电.
 */
const DISPATCH = String.raw`本报讯|[\u4e00-\u9fffA-Za-z·\-－]{0,14}?(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)?(?:电|讯)`
const LEAD_INLINE = /^(本报讯)\s+((?:[\u4e00-\u9fff]{0,6}(?:记者|通讯员))\s*[\u4e00-\u9fff·]{2,4}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4})*)(?:摄影|摄)?报道\s*/
const LEAD_BRACKET = new RegExp(`^(${DISPATCH})?\\s*[（(]([^（）()]{2,60})[）)]\\s*`)

/**
 * The bylines a lead carries in brackets: `本报讯（记者 张三 通讯员 李四）昨天…`,
 * `（通讯员 甲 记者 乙）…`. The bracket leaves the text as a byline line does, so the
 * lead reads `本报讯 昨天…`.
 */
export function leadBylines(text: string): { bylines: Byline[]; bracket: string; rest: string } | null {
  // 本报讯 记者甲摄影报道 …: the byline run into the lead, up to 报道
  const inline = text.match(LEAD_INLINE)
  const inlined = inline ? parseBylineLine(inline[2]!)?.bylines : null
  if (inline && inlined) return { bylines: inlined, bracket: inline[0].slice(inline[1]!.length).trim(), rest: `${inline[1]} ${text.slice(inline[0].length)}` }
  const m = text.match(LEAD_BRACKET)
  if (!m) return null
  const inner = m[2]!
  const bylines = parseBylineLine(inner)?.bylines ?? (m[1] ? [parseUnitAndName(inner)].filter((b): b is Byline => b !== null) : [])
  if (bylines.length === 0) return null
  const rest = text.slice(m[0].length)
  return { bylines, bracket: m[0].slice((m[1] ?? '').length).trim(), rest: m[1] ? `${m[1]} ${rest}` : rest }
}
