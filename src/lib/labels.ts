// Chinese names for the enum values of the collections (src/content.config.ts).

export const sourceKindLabel: Record<string, string> = {
  feature: '专题报道',
  magazine: '杂志专题',
  newsletter: '企业内刊',
  'front-page': '报纸头版',
}

/** Enterprise kinds; a project has no kind of its own and is labelled 项目. */
export const enterpriseKindLabel: Record<string, string> = {
  group: '企业集团',
  company: '企业',
  institute: '研究机构',
  park: '园区',
  market: '市场',
  government: '政府部门',
  other: '其他机构',
}

export const PROJECT_LABEL = '项目'

export const articleKindLabel: Record<string, string> = {
  story: '报道',
  brief: '简讯',
  photo: '图片新闻',
  box: '专栏',
}

export interface Byline {
  role: string
  name: string
}

/** Consecutive names with one role share it: '撰文 陈曦 苗楠钰', '记者 潘琳娟'. */
export function groupBylines(bylines: Byline[]): { role: string; names: string[] }[] {
  const groups: { role: string; names: string[] }[] = []
  for (const { role, name } of bylines) {
    const last = groups.at(-1)
    if (last && last.role === role) last.names.push(name)
    else groups.push({ role, names: [name] })
  }
  return groups
}

export const bylineText = (bylines: Byline[]) =>
  groupBylines(bylines)
    .map((g) => [g.role, ...g.names].filter(Boolean).join(' '))
    .join('　')

/** The printed continuation note, in the paper's brackets: '（下转2版）'. */
export const continuationText = (continued: string) => `（${continued.replace(/^[（(]|[）)]$/g, '')}）`

/** Event types (scripts/ingest/extract/events.ts); an unknown type shows as itself. */
export const eventTypeLabel: Record<string, string> = {
  bond: '债券融资',
  approval: '审批',
  opening: '开通启用',
  completion: '建成完工',
  start: '开工启动',
  performance: '演出赛事',
  meeting: '会议',
  inspection: '调研考察',
  signing: '签约',
  founding: '成立',
  publication: '发布',
  activity: '活动',
  milestone: '进展',
}

export const eventTypeName = (type: string) => eventTypeLabel[type] ?? type
