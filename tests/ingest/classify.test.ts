import { describe, expect, it } from 'vitest'
import { parseBylineLine } from '../../scripts/ingest/bylines.ts'
import { units } from './helpers.ts'

const kinds = (text: string) => units(text).map((u) => u.kind)

describe('classifyLines', () => {
  it('tells page furniture from text by its shape', () => {
    const text = ['【工作简讯】', '“', '”', '……', '(下转3版)', '□图片由某某公司提供', '（综合）', '（办公室 张三）', '南晚', '天气预报', '## 小标题', '正文一句话。'].join('\n')
    expect(kinds(text)).toEqual(['section', 'quote-open', 'quote-close', 'stray', 'continuation', 'credit', 'attribution', 'attribution', 'publication', 'box-title', 'md-heading', 'text'])
  })
  it('takes a lone quotation mark without a partner for debris, not a pull quote', () => {
    expect(kinds('标题\n“\n第一段。\n第二段。')).toEqual(['text', 'stray', 'text', 'text'])
    expect(kinds('标题\n“\n第一段。\n”')).toEqual(['text', 'quote-open', 'text', 'quote-close'])
  })
  it('records the blank lines before a line: a wide gap is where a picture stood', () => {
    const u = units('第一段。\n\n\n\n参观某工厂\n\n第二段。')
    expect(u.map((x) => x.gapBefore)).toEqual([0, 3, 1])
    expect(u[1]!.lines).toEqual([5])
  })
  it('reads a masthead date only at the top of the page', () => {
    expect(kinds('南湖晚报 2025年4月18日 星期五\n\n标题\n\n正文。')[0]).toBe('masthead')
    expect(kinds('标题\n正文。\n一\n2025年4月18日\n二')[3]).toBe('text')
    // …and at the end of the text it is the date the document is signed with
    expect(kinds('标题\n正文。\n一\n二\n2025年4月18日')[4]).toBe('stamp')
  })
  it('drops a page marker and the running header printed under it, keeps a heading there', () => {
    const text = ['禾城产经', '大标题', '第一段。', '第二段。', '— 12 —', '禾城产经·专题报道', '第三段。', '- 13 -', '二、平台扩容', '第四段。'].join('\n')
    expect(kinds(text)).toEqual(['text', 'text', 'text', 'text', 'stray', 'stray', 'text', 'stray', 'text', 'text'])
  })
  it('drops the nameplate repeated as a running header anywhere in the issue', () => {
    const text = ['善达通讯', '2025年第7期', '第一段。', '第二段。', '善达通讯　2025年第7期', '第三段。'].join('\n')
    expect(kinds(text)[4]).toBe('stray')
  })
  it('does not take prose with a date for a masthead', () => {
    expect(kinds('2025年4月18日，市里召开大会。')[0]).toBe('text')
  })
})

describe('parseBylineLine', () => {
  it('reads several roles and names', () => {
    expect(parseBylineLine('■记者 吴晓慧 通讯员 凌思佳 徐志玉')).toEqual({
      bylines: [
        { role: '记者', name: '吴晓慧' },
        { role: '通讯员', name: '凌思佳' },
        { role: '通讯员', name: '徐志玉' },
      ],
      credit: null,
    })
  })
  it('lets the first role stand when a second qualifies it', () => {
    expect(parseBylineLine('■摄影 记者 盛佳淳')!.bylines).toEqual([{ role: '摄影', name: '盛佳淳' }])
  })
  it('splits off a photo credit', () => {
    expect(parseBylineLine('■撰文 耿佩澜 图片由嘉兴经开区提供')).toEqual({ bylines: [{ role: '撰文', name: '耿佩澜' }], credit: '图片由嘉兴经开区提供' })
  })
  it('reads a name set with a padding space as one name', () => {
    expect(parseBylineLine('■摄影 记者 徐　斌')!.bylines).toEqual([{ role: '摄影', name: '徐斌' }])
  })
  it('refuses a sentence that only starts like a byline', () => {
    expect(parseBylineLine('■记者了解到，今年以来企业订单饱满')).toBeNull()
  })
})
