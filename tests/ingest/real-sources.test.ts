// The five real sources, against what an editor reading them finds (annotated by
// reading content/raw, not by running the ingest).
import { describe, expect, it } from 'vitest'
import { ingestRaw } from './helpers.ts'

const headings = (r: ReturnType<typeof ingestRaw>, i = 0) => r.articles[i]!.blocks.filter((b) => b.type === 'heading').map((b) => b.text)
const joined = (r: ReturnType<typeof ingestRaw>, a: number, b: number) =>
  r.report.entries.some((e) => e.action === 'join' && e.lines.includes(a) && e.lines.includes(b))

describe('000: feature with a pull-quote standfirst', () => {
  const r = ingestRaw('000')
  const a = r.articles[0]!
  it('is one story with its headline, writers and photo credit', () => {
    expect(r.source.kind).toBe('feature')
    expect(r.articles).toHaveLength(1)
    expect(a.title).toBe('党建引领激活产业发展新动能 嘉兴市产业集团全力助推中心城区首位度提升')
    expect(a.bylines).toEqual([
      { role: '撰文', name: '陈曦' },
      { role: '撰文', name: '苗楠钰' },
      { role: '撰文', name: '徐晓飞' },
    ])
    expect(a.credit).toBe('图片由嘉兴市产业集团提供')
  })
  it('keeps the standfirst between the lone quotation marks as quote blocks', () => {
    const quotes = a.blocks.filter((b) => b.type === 'quote')
    expect(quotes[0]!.text).toMatch(/^今年4月，全国服务业大会在京召开/)
    expect(quotes.at(-1)!.text).toMatch(/^每一份实绩/)
    expect(a.blocks.find((b) => b.text.startsWith('坚持党的领导'))!.type).toBe('paragraph')
  })
  it('has exactly its three section headings', () => {
    expect(headings(r)).toEqual(['筑牢经济根基 打造产业提质增长极', '枢纽提能提级 贯通经济循环大动脉', '改善民生福祉 激活城市经济新引擎'])
  })
  it('rejoins the paragraphs the layout broke, short fragments included', () => {
    const text = a.blocks.map((b) => b.text).join('\n')
    expect(text).toContain('在欧美布局技术营销网点')
    expect(text).toContain('离不开党建的定向引领。产业的高质量前行')
    expect(text).toContain('2024年11月飞行区3400米跑道贯通')
    expect(text).toContain('嘉兴粮油副食品市场应急时段米面储备超1.2万吨')
    expect(text).toContain('市产业集团在服务业高质量发展上还提供了哪些新动能？')
    for (const [a, b] of [[51, 53], [61, 63], [83, 85], [94, 96], [126, 128]] as const) expect(joined(r, a, b), `join of lines ${a} and ${b}`).toBe(true)
  })
  it('drops the stray ellipsis lines and reports them', () => {
    const drops = r.report.entries.filter((e) => e.action === 'drop').map((e) => e.lines[0])
    expect(drops).toEqual([23, 136])
  })
  it('is dated to May 2026 from 一年前——2025年5月31日 beside 5月29日, inferred', () => {
    expect(r.source.date).toMatchObject({ value: '2026-05', inferred: true })
    expect(r.source.date!.evidence).toContain('5月29日')
  })
})

describe('001: feature with deck and photo captions', () => {
  const r = ingestRaw('001')
  const a = r.articles[0]!
  it('has headline and deck, and the paper named by its short mark', () => {
    expect(a.title).toBe('创新驱动 活力激荡 城市向新')
    expect(a.subtitle).toBe('探寻嘉兴高质量发展密码')
    expect(r.source.publication).toBe('南湖晚报')
  })
  it('keeps captions apart from headings', () => {
    expect(a.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['参观加西贝拉', '参观嘉源和达', '参观浙江清华长三角研究院', '嘉兴南湖', '嘉兴经开区'])
    expect(headings(r)).toEqual(['创新“长跑”，实现发展“快跑”', '“后浪”奔涌，激荡发展活力', '发展惠民，助力城市向新'])
  })
  it('rejoins words split across lines', () => {
    const text = a.blocks.map((b) => b.text).join('\n')
    expect(text).toContain('成为国内第一只特种纸生产企业的股票')
    expect(text).toContain('浙江清华长三角研究院仿若嘉兴发展')
    expect(text).toContain('”加西贝拉党委副书记')
  })
  it('is dated November 2024, with the media tour as its dateline', () => {
    expect(r.source.date).toMatchObject({ value: '2024-11', inferred: true })
    expect(a.dateline).toMatchObject({ value: '2024-11-27', end: '2024-11-29', inferred: true })
  })
})

describe('002: company newsletter', () => {
  const r = ingestRaw('002')
  const titles = r.articles.map((a) => a.title)
  it('splits the issue into its stories and briefs, by section', () => {
    expect(r.source.kind).toBe('newsletter')
    expect(titles.slice(0, 5)).toEqual([
      '聚焦“更稳、更优、更强”陈伟调研国资国企改革推进工作',
      '市产业集团组织召开“决战四季度，夺取全年红”动员大会',
      '市产业集团新增债券额度获批为我市首家整体市场化转型主体',
      '戴梦得商贸集团减亏增效取得实效',
      '嘉兴市民卡公司探索信息化服务民生提升社保卡使用体验',
    ])
    expect(r.articles.slice(0, 3).every((a) => a.section === '要闻信息')).toBe(true)
    expect(r.articles.filter((a) => a.section === '工作简讯' && a.kind === 'brief')).toHaveLength(14)
    expect(r.articles.filter((a) => a.section === '工程速览').map((a) => a.title)).toEqual(['嘉兴南湖机场项目', '嘉兴市体育中心项目', '嘉兴湖畔大酒店项目'])
  })
  it('takes a brief headline from its first words', () => {
    expect(titles).toContain('媒体关注')
    expect(titles).toContain('副总经理孟春华专题调研亏损企业')
    expect(titles).toContain('“秀湖商务大厦（暂定名）项目”完成项目赋码及备案工作')
    expect(titles).toContain('市民卡公司助力推行养老服务“爱心卡”')
    const brief = r.articles.find((a) => a.title === '媒体关注')!
    expect(brief.blocks[0]!.text).toMatch(/^10月29日，《浙江日报》刊发/)
  })
  it('reads a trailing （部门 姓名） as the brief’s byline, on its line or the next', () => {
    const by = (t: string) => r.articles.find((a) => a.title === t)!.bylines
    expect(by('媒体关注')).toEqual([{ role: '办公室', name: '贝雅芸' }])
    expect(by('市政协副主席盛付祥调研大不同校企合作项目')).toEqual([{ role: '食品肉类公司', name: '王慎升' }])
    expect(by('市产业集团组织召开“决战四季度，夺取全年红”动员大会')).toEqual([{ role: '机场公司', name: '钟婷玉' }])
    expect(by('副总经理孟春华专题调研亏损企业')).toEqual([])
    expect(r.articles.flatMap((a) => a.blocks).some((b) => /（机场公司|（综合）/.test(b.text))).toBe(false)
  })
  it('dates each item from its lead, in 2024', () => {
    const dl = (t: string) => r.articles.find((a) => a.title === t)!.dateline?.value ?? null
    expect(dl('聚焦“更稳、更优、更强”陈伟调研国资国企改革推进工作')).toBe('2024-10-17')
    expect(dl('市产业集团新增债券额度获批为我市首家整体市场化转型主体')).toBe('2024-10-31')
    expect(dl('嘉兴火车站导视系统提升改造完成')).toBe('2024-07')
    expect(dl('副总经理孟春华专题调研亏损企业')).toBeNull()
    expect(r.source.date).toMatchObject({ value: '2024-10', inferred: true })
  })
})

describe('003: newspaper front page', () => {
  const r = ingestRaw('003')
  it('finds its seven pieces: stories, a photo and the weather box', () => {
    expect(r.source.kind).toBe('front-page')
    expect(r.articles.map((a) => a.kind)).toEqual(['story', 'story', 'photo', 'story', 'box', 'story', 'story'])
    expect(r.articles[1]!.title).toBe('市领导率队开展 “六千争先”再攀高赴基层 服务企业、服务项目工作')
    expect(r.articles[4]!.title).toBe('天气预报')
  })
  it('titles the photo by the line set apart for it, and credits the photographer', () => {
    const photo = r.articles[2]!
    expect(photo.title).toBe('春暖花开')
    expect(photo.bylines).toEqual([
      { role: '摄影', name: '盛佳淳' },
      { role: '通讯员', name: '顾梦佳' },
    ])
    expect(photo.blocks[0]!.text).toMatch(/^昨天,嘉兴经开区姚家荡公园内春暖花开/)
    expect(r.articles[1]!.blocks.some((b) => b.text.includes('姚家荡'))).toBe(false)
  })
  it('reads reporters and correspondents from the byline lines', () => {
    expect(r.articles[3]!.bylines).toEqual([
      { role: '记者', name: '吴晓慧' },
      { role: '通讯员', name: '凌思佳' },
      { role: '通讯员', name: '徐志玉' },
    ])
    expect(r.articles[5]!.bylines.map((b) => b.name)).toEqual(['周丽丽', '张晨婷', '方凡'])
  })
  it('moves (下转2版) out of the text into the continuation note', () => {
    expect(r.articles[3]!.continued).toBe('下转2版')
    expect(r.articles[6]!.continued).toBe('下转2版')
    expect(r.articles.flatMap((a) => a.blocks).some((b) => b.text.includes('下转'))).toBe(false)
  })
  it('splits a —— subtitle from its headline', () => {
    expect(r.articles[6]!.title).toBe('实干争先 笃行攀高')
    expect(r.articles[6]!.subtitle).toBe('2025嘉兴推进组织工作纪事')
  })
  it('joins fragments but keeps two-part headings, even before 仅用…', () => {
    const text = r.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n')
    expect(text).toContain('算力基础设施是人工智能产业的核心驱动')
    expect(text).toContain('标准有了,如何让企业顺利拿标、规范用标?')
    expect(headings(r, 5)).toEqual(['标准破局 从“有品无标”到“有标可依”', '精准滴灌 让企业“想用”更“会用”'])
    expect(headings(r, 6)).toEqual(['凝心铸魂 在深学细悟中守护红色根脉', '聚力赋能 在融入大局中扛起组织担当'])
  })
  it('is dated March 2026; 昨天 and 3月6日 resolve against it', () => {
    expect(r.source.date).toMatchObject({ value: '2026-03', inferred: true })
    expect(r.articles[0]!.dateline).toMatchObject({ value: '2026-03', inferred: true })
    expect(r.articles[1]!.dateline).toMatchObject({ value: '2026-03-06', inferred: true })
    expect(r.articles[4]!.dateline).toBeNull()
  })
})

describe('004: Markdown magazine feature', () => {
  const r = ingestRaw('004')
  const a = r.articles[0]!
  it('reads #, ## and ### as title, deck and headings', () => {
    expect(a.title).toBe('嘉兴经开区：锚定“主平台再出发”主题主线')
    expect(a.subtitle).toBe('加快建设成为长三角一流的高能级创新开放主平台')
    expect(headings(r)).toEqual(['亮出空间新布局', '理出产业新体系', '迈出落实现新路径'])
    expect(a.bylines).toEqual([{ role: '撰文', name: '耿佩澜' }])
    expect(a.credit).toBe('图片由嘉兴经开区提供')
  })
  it('drops the paragraphs the layout printed twice, keeping the first', () => {
    const drops = r.report.entries.filter((e) => e.action === 'drop')
    expect(drops.map((e) => e.lines[0])).toEqual([109, 111])
    expect(a.blocks.filter((b) => b.text.startsWith('干事创业，重点在干'))).toHaveLength(1)
  })
  it('flags the paragraph whose start is missing', () => {
    expect(r.report.entries.some((e) => e.kind === 'fragment' && e.lines[0] === 59)).toBe(true)
  })
  it('takes its stated lead date as the dateline, and January 2026 as its date', () => {
    expect(a.dateline).toMatchObject({ value: '2026-01-05', inferred: false })
    expect(r.source.date).toMatchObject({ value: '2026-01', inferred: true })
  })
})
