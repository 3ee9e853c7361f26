import { describe, expect, it } from 'vitest'
import { dropRepeats, joinBrokenLines } from '../../scripts/ingest/repair.ts'
import { units } from './helpers.ts'

const repaired = (text: string) => joinBrokenLines(units(text))
const texts = (text: string) => repaired(text).units.map((u) => u.text)

const PARA = '近年来，嘉兴港区坚持以项目为王，围绕临港产业链招引了一批大项目，持续推动港口能级提升，'

describe('joinBrokenLines', () => {
  it('rejoins a long paragraph cut mid-word, noting the word', () => {
    const r = repaired(`${PARA}在东南亚布\n\n局营销网点，成效明显。`)
    expect(r.units.map((u) => u.text)).toEqual([`${PARA}在东南亚布局营销网点，成效明显。`])
    expect(r.entries[0]).toMatchObject({ action: 'join', lines: [1, 3] })
    expect(r.entries[0]!.reason).toContain('布局')
  })
  it('rejoins a short fragment when a word spans the break', () => {
    expect(texts('上一段结束了。\n\n企业转型升级离不开党建的定向引\n\n领。产业发展需要人才支撑。')).toEqual(['上一段结束了。', '企业转型升级离不开党建的定向引领。产业发展需要人才支撑。'])
  })
  it('rejoins a short line that ends on a word needing what follows', () => {
    expect(texts('上一段结束了。\n\n公司在高质量发展上\n\n还做了哪些事？')).toEqual(['上一段结束了。', '公司在高质量发展上还做了哪些事？'])
  })
  it('rejoins a lead cut short under a two-line headline', () => {
    expect(texts('上一段结束了。\n市产业集团新增债券额度获批\n整体市场化转型主体\n10月30日，市产业集团30亿元公司债券\n获得交易所审批通过。')).toEqual([
      '上一段结束了。',
      '市产业集团新增债券额度获批',
      '整体市场化转型主体',
      '10月30日，市产业集团30亿元公司债券获得交易所审批通过。',
    ])
  })
  it('keeps a heading apart from the paragraph under it', () => {
    expect(texts('上一段结束了。\n\n港口提能 打造物流枢纽\n\n物流是实体经济的筋络，连接生产和消费。')).toHaveLength(3)
  })
  it('keeps a caption after a picture gap apart', () => {
    expect(texts('上一段结束了。\n\n\n\n参观港区码头\n\n下一段开始了，内容很长很长。')).toHaveLength(3)
  })
  it('keeps the second line of a headline for the segmenter', () => {
    expect(texts('市产业集团组织召开大会\n\n动员部署\n\n10月9日，市产业集团组织召开动员大会。')).toHaveLength(3)
  })
  it('never joins across page furniture', () => {
    expect(texts(`${PARA}在东南亚布\n■记者 张三\n局营销网点。`)[0]).toBe(`${PARA}在东南亚布`)
  })
})

describe('dropRepeats', () => {
  it('keeps the first of two identical paragraphs and reports the second', () => {
    const para = '干事创业，重点在干。全区将围绕三张清单推进全年各项工作。'
    const r = dropRepeats(units(`${para}\n\n别的段落，不一样的内容。\n\n${para}`))
    expect(r.units.map((u) => u.text)).toEqual([para, '别的段落，不一样的内容。'])
    expect(r.entries).toEqual([expect.objectContaining({ action: 'drop', kind: 'repeat', lines: [5], reason: 'verbatim repeat of line 1' })])
  })
  it('keeps short repeated lines such as captions', () => {
    expect(dropRepeats(units('参观工厂\n\n正文。\n\n参观工厂')).units).toHaveLength(3)
  })
})
