import { describe, expect, it } from 'vitest'
import { ingestText } from './helpers.ts'
import { leadBylines, parseBylineLine, parseNamesOnly, parseUnitAndName } from '../../scripts/ingest/bylines.ts'

// Bylines composed in the forms papers and sites print (the names are invented).
const names = (line: string) => parseBylineLine(line)?.bylines ?? null

describe('parseBylineLine: the forms of a byline', () => {
  it('role words without ■, one role for several names', () => {
    expect(names('记者 柳青禾 通讯员 许渡 周南')).toEqual([
      { role: '记者', name: '柳青禾' },
      { role: '通讯员', name: '许渡' },
      { role: '通讯员', name: '周南' },
    ])
  })
  it('本报记者, 见习记者, 摄影记者, with names listed with marks', () => {
    expect(names('本报记者 柳青禾、许渡')).toEqual([
      { role: '记者', name: '柳青禾' },
      { role: '记者', name: '许渡' },
    ])
    expect(names('见习记者/宋小禾 通讯员/周南 编辑/林某')).toEqual([
      { role: '见习记者', name: '宋小禾' },
      { role: '通讯员', name: '周南' },
    ])
    expect(names('摄影记者 王振宇 俞中岳')).toEqual([
      { role: '摄影', name: '王振宇' },
      { role: '摄影', name: '俞中岳' },
    ])
  })
  it('a role glued to the paper’s brand or to its name', () => {
    expect(names('N晚报记者 唐小伦')).toEqual([{ role: '记者', name: '唐小伦' }])
    expect(names('今日禾城记者 羊小杰')).toEqual([{ role: '记者', name: '羊小杰' }])
    expect(names('通讯员杨小祥/文 王小英/图')).toEqual([
      { role: '通讯员', name: '杨小祥' },
      { role: '图', name: '王小英' },
    ])
  })
  it('roles after the names (甲 乙/文), a dash before them, and names padded with a space', () => {
    expect(names('倪小耕 沈小琴/文')).toEqual([
      { role: '文', name: '倪小耕' },
      { role: '文', name: '沈小琴' },
    ])
    expect(names('-记者沈小洁')).toEqual([{ role: '记者', name: '沈小洁' }])
    expect(names('■摄影 记者 王 蓉')).toEqual([{ role: '摄影', name: '王蓉' }])
    expect(names('文 | 张小三')).toEqual([{ role: '文', name: '张小三' }])
  })
  it('the paper’s name printed before the role is its brand, not a name', () => {
    expect(parseBylineLine('南湖晚报 记者 王小国 龙小凌')).toMatchObject({
      bylines: [
        { role: '记者', name: '王小国' },
        { role: '记者', name: '龙小凌' },
      ],
      brands: ['南湖晚报'],
    })
  })
  it('a unit credited instead of a role', () => {
    expect(names('县报道组 汤小萍')).toEqual([{ role: '县报道组', name: '汤小萍' }])
  })
  it('editors are no bylines, and a sentence or a headline is no byline at all', () => {
    expect(names('记者 柳青禾 责任编辑 王小明')).toEqual([{ role: '记者', name: '柳青禾' }])
    expect(names('记者了解到，今年以来企业订单饱满')).toBeNull()
    expect(names('文明城市创建再提速')).toBeNull()
    expect(names('责任编辑：王小明')).toBeNull()
  })
  it('splits off a photo credit', () => {
    expect(parseBylineLine('■记者 张小依 配图为资料图片')).toEqual({ bylines: [{ role: '记者', name: '张小依' }], credit: '配图为资料图片' })
  })
})

describe('leadBylines', () => {
  it('reads the bylines inside a dispatch’s brackets and leaves the dispatch in the lead', () => {
    expect(leadBylines('本报杭州3月5日电（记者 柳青禾）昨天，某会议召开。')).toEqual({
      bylines: [{ role: '记者', name: '柳青禾' }],
      bracket: '（记者 柳青禾）',
      rest: '本报杭州3月5日电 昨天，某会议召开。',
    })
    expect(leadBylines('某某在线嘉兴6月29日讯（某某在线记者 秦小长）昨天上午，某项目开工。')!.bylines).toEqual([{ role: '记者', name: '秦小长' }])
    expect(leadBylines('本报讯 (县报道组 汤小萍) 某文化节昨天开幕。')!.bylines).toEqual([{ role: '县报道组', name: '汤小萍' }])
  })
  it('reads bylines in brackets at the very start of a lead', () => {
    expect(leadBylines('（通讯员 许渡 记者 柳青禾）9月12日上午，某工程通过验收。')).toMatchObject({
      bylines: [
        { role: '通讯员', name: '许渡' },
        { role: '记者', name: '柳青禾' },
      ],
      rest: '9月12日上午，某工程通过验收。',
    })
  })
  it('leaves a numbered item or a remark in brackets alone', () => {
    expect(leadBylines('（一）加快项目建设。')).toBeNull()
    expect(leadBylines('（暂定名）项目位于城南。')).toBeNull()
  })
})

describe('names at the end of a text', () => {
  it('（甲 乙） names writers without a role; （机场公司 甲） a unit and its writer', () => {
    expect(parseNamesOnly('柳青禾 许渡')).toEqual([
      { role: '', name: '柳青禾' },
      { role: '', name: '许渡' },
    ])
    expect(parseUnitAndName('机场公司 钟小玉')).toEqual({ role: '机场公司', name: '钟小玉' })
    expect(parseNamesOnly('综合报道消息')).toBeNull()
    // a note in a name's place, or a unit, names no writer
    expect(parseNamesOnly('综合')).toBeNull()
    expect(parseNamesOnly('经济处')).toBeNull()
  })
})

describe('credits at the end of a story', () => {
  it('reads writers in brackets after the last sentence, and a photographer after a caption', () => {
    const r = ingestText(['某镇重点项目集中开工', '', '年初以来,某镇加快推进重点项目建设,一批项目相继落地。', '', '4月25日,某镇三个重点项目集中开工,总投资12亿元。(某台记者王小玲,通讯员张小翊报道)'].join('\n'))
    expect(r.articles[0]!.bylines).toEqual([
      { role: '记者', name: '王小玲' },
      { role: '通讯员', name: '张小翊' },
    ])
    expect(r.articles[0]!.blocks.at(-1)!.text).toBe('4月25日,某镇三个重点项目集中开工,总投资12亿元。')
    const p = ingestText(['百年老厂焕新颜', '', '9月12日,某厂生产车间一派繁忙景象。', '', '9月12日拍摄的某厂新车间。某社记者 徐小昱 摄'].join('\n'))
    expect(p.articles[0]!.bylines).toEqual([{ role: '摄影', name: '徐小昱' }])
  })
})

describe('names alone on a line', () => {
  it('under the headline are its writers; a word that only looks short is not a name', () => {
    const r = ingestText(['某镇新建三座口袋公园', '沈小鑫 李小刚', '', '5月5日,某镇三座口袋公园同时开放,市民纷纷前来游玩。'].join('\n'))
    expect(r.articles[0]!.bylines).toEqual([
      { role: '', name: '沈小鑫' },
      { role: '', name: '李小刚' },
    ])
    const s = ingestText(['某镇新建三座口袋公园', '创始人', '', '5月5日,某镇三座口袋公园同时开放,市民纷纷前来游玩。'].join('\n'))
    expect(s.articles[0]!.bylines).toEqual([])
  })
})

describe('one writer, two roles; names after the last sentence', () => {
  it('文/摄 甲 credits the writer with both', () => {
    expect(names('■文/摄 王小彤')).toEqual([
      { role: '文', name: '王小彤' },
      { role: '摄', name: '王小彤' },
    ])
  })
  it('names set apart after the text’s last sentence are its writers, and leave the paragraph', () => {
    const r = ingestText(['某县举办农民丰收节', '', '前天,某县农民丰收节开幕,各乡镇的特色农产品集中亮相。相关负责人表示,丰收节将持续三天。 高小广 曹小婷'].join('\n'))
    expect(r.articles[0]!.bylines).toEqual([
      { role: '', name: '高小广' },
      { role: '', name: '曹小婷' },
    ])
    expect(r.articles[0]!.blocks.at(-1)!.text).toMatch(/持续三天。$/)
  })
})

describe('a dispatch and a byline set apart', () => {
  it('a dispatch on its own line over the bylines opens the lead; a role set with spaces is the role', () => {
    const r = ingestText(['某镇打造“共富工坊”', '本报嘉兴9月13日电', '记者 柳青禾 通 讯 员 许 渡', '今天上午,某镇第十家“共富工坊”开工,带动200余名村民在家门口就业。'].join('\n'))
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]).toMatchObject({ title: '某镇打造“共富工坊”', bylines: [{ role: '记者', name: '柳青禾' }, { role: '通讯员', name: '许渡' }] })
    expect(r.articles[0]!.blocks[0]!.text).toBe('本报嘉兴9月13日电 今天上午,某镇第十家“共富工坊”开工,带动200余名村民在家门口就业。')
  })
})
