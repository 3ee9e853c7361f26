import { describe, expect, it } from 'vitest'
import { ingestText } from './helpers.ts'

// Pages composed in the forms web sites and e-paper readers print around a story.
const page = (...lines: string[]) => ingestText(lines.join('\n'))

describe('the frame of a published page', () => {
  it('takes the line above the stamp for the headline, and what is above it for the site’s', () => {
    const r = page('首页 要闻 民生 教育 文旅 健康', '您当前的位置:首页 > 要闻', '某区新建两所学校', '某村道路完成改造', '新能源车企落户某区', '2023年5月8日 09:12 来源:禾城日报 记者 柳青禾', '', '  5月7日,某新能源汽车零部件项目签约落户某区,总投资20亿元,预计明年投产。', '  项目建成后,年产值可达30亿元。')
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]).toMatchObject({ title: '新能源车企落户某区', bylines: [{ role: '记者', name: '柳青禾' }] })
    expect(r.articles[0]!.dateline!.value).toBe('2023-05-07')
    expect(r.source).toMatchObject({ publication: '禾城日报', date: { value: '2023-05-08', inferred: false } })
    // the sidebar's headlines are the site's, reported as such
    const chrome = r.report.entries.filter((e) => e.kind === 'chrome').map((e) => e.text)
    expect(chrome).toEqual(expect.arrayContaining(['某区新建两所学校', '某村道路完成改造']))
  })
  it('ends the story at a list of related links', () => {
    const r = page('新能源车企落户某区', '发布时间:2023-05-08', '  5月7日,某新能源汽车零部件项目签约落户某区,总投资20亿元,预计明年投产。', '相关新闻', '某区新建两所学校', '某村道路完成改造')
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]!.blocks.map((b) => b.text)).toEqual(['5月7日,某新能源汽车零部件项目签约落户某区,总投资20亿元,预计明年投产。'])
  })
  it('finds a headline under the site’s navigation when no stamp is printed', () => {
    const r = page('首页 | 新闻中心 | 图片新闻 |', '当前位置:首页 > 新闻中心', '某区新建两所学校', '某村道路完成改造', '秋收时节稻花香', '  这几天,某村的晒场上铺满了金黄的稻谷,村民们忙着翻晒,脸上写满了丰收的喜悦。')
    expect(r.articles[0]!.title).toBe('秋收时节稻花香')
  })
  it('a dated title of a chronicle is its headline, under whatever the site prints', () => {
    const r = page('集团概况', '2021年12月份大事记', '12月3日,集团召开年度工作会议,部署明年重点工作。', '12月27日,某项目主体结构顺利封顶。')
    expect(r.articles[0]!.title).toBe('2021年12月份大事记')
    expect(r.source.date).toMatchObject({ value: '2021-12', inferred: true })
  })
})

describe('a headline stack', () => {
  it('a place named with a colon over the headline is its kicker', () => {
    const r = page('第05版:今日禾城', '', '某县:', '乡村夜经济点亮共富路', '', '  这个夏天,某县各村的夜市、露营地和农家乐人气高涨,村民在家门口增收致富。')
    expect(r.articles[0]).toMatchObject({ title: '乡村夜经济点亮共富路', subtitle: '某县:', section: '今日禾城' })
  })
  it('of two lines, a long clause over a short headline is its kicker, under it its deck', () => {
    const above = page('某县高新企业数、人均财政收入等均居全市第一', '看某县发展的含金量', '', '  过去这一年,某县收获颇丰:多项指标居全市第一,新增上市企业三家。')
    expect(above.articles[0]).toMatchObject({ title: '看某县发展的含金量', subtitle: '某县高新企业数、人均财政收入等均居全市第一' })
    const below = page('看某县发展的含金量', '某县高新企业数、人均财政收入等均居全市第一', '', '  过去这一年,某县收获颇丰:多项指标居全市第一,新增上市企业三家。')
    expect(below.articles[0]).toMatchObject({ title: '看某县发展的含金量', subtitle: '某县高新企业数、人均财政收入等均居全市第一' })
  })
})

describe('a rubric', () => {
  it('●访谈录 names the story’s column, whether printed over the headline or under it', () => {
    const over = page('●访谈录', '乡村夜经济点亮共富路', '', '  这个夏天,某县各村的夜市、露营地和农家乐人气高涨,村民在家门口增收致富。')
    expect(over.articles[0]).toMatchObject({ title: '乡村夜经济点亮共富路', section: '访谈录' })
    const under = page('乡村夜经济点亮共富路', '■记者 柳青禾', '●书记访谈', '', '本报讯 这个夏天,某县各村的夜市、露营地和农家乐人气高涨,村民在家门口增收致富。')
    expect(under.articles[0]).toMatchObject({ title: '乡村夜经济点亮共富路', section: '书记访谈', bylines: [{ role: '记者', name: '柳青禾' }] })
  })
})

describe('headline stacks of a newspaper page', () => {
  it('under a page line, a line over the headline is its kicker, and one that leads in with —— too', () => {
    const slogan = page('00013版:今日禾城', '路通了 景美了', '某镇古街焕发新生机', '  2015年年初,某镇贯通南北的大道通车了,古街从此迎来新的游客。')
    expect(slogan.articles[0]).toMatchObject({ title: '某镇古街焕发新生机', subtitle: '路通了 景美了' })
    const lead = page('第C01版:要闻', '三年文明创建路,为我们带来了什么——', '铸城市之魂 耀文明之光', '文明,是一座城市的光荣与梦想,也是每一位市民的共同期盼。')
    expect(lead.articles[0]).toMatchObject({ title: '铸城市之魂 耀文明之光', subtitle: '三年文明创建路,为我们带来了什么——' })
  })
  it('a column’s name in 【】 before the headline is the story’s section', () => {
    const r = page('【新闻特写】异地送荣誉 走亲传真情', '本报记者 柳青禾', '《某某日报》(2024年02月07日 02版)', '“这是女儿的荣誉,也是我们全家人的骄傲。”日前,一份荣誉送到了千里之外的家中。')
    expect(r.articles[0]).toMatchObject({ title: '异地送荣誉 走亲传真情', section: '新闻特写', bylines: [{ role: '记者', name: '柳青禾' }] })
    expect(r.source).toMatchObject({ publication: '某某日报', date: { value: '2024-02-07' } })
  })
})

describe('what a portal prints around its headline and after its story', () => {
  it('the paper in brackets before the headline is the publication; the page’s credits close the story', () => {
    const r = page('[某某日报]某地发挥海河联运优势', '2011年05月19日 08:12', '  5月18日,某地港区新开两条内河集装箱航线,海河联运再添通道。', '来源: 某某在线 作者: 杜小霖 编辑: 施小菲', '某地老外体验过年', '每日关注')
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]).toMatchObject({ title: '某地发挥海河联运优势', bylines: [{ role: '', name: '杜小霖' }] })
    expect(r.articles[0]!.blocks.map((b) => b.text)).toEqual(['5月18日,某地港区新开两条内河集装箱航线,海河联运再添通道。'])
    expect(r.source.publication).toBe('某某日报')
  })
  it('a table’s cell bar at a headline’s end is not part of it', () => {
    expect(page('某港上半年港口生产快速增长 |', '', '  今年上半年,某港完成货物吞吐量5000万吨,同比增长12%。').articles[0]!.title).toBe('某港上半年港口生产快速增长')
  })
})

describe('more of the e-paper readers’ forms', () => {
  it('a headline may end with a question mark, and still stands above the page’s stamp', () => {
    const r = page('电子报阅读机', '2026-01-30', '星期五', '当前报纸名称:禾城日报', '某村还是“全县第一大村”吗?', '日期:08-28', '版面:第02版:村问', '  ■记者 柳青禾 通讯员 许渡', '  今年3月,本报发起“百村调研行”活动,走访了全市一百个村,记录乡村的变化。')
    expect(r.articles[0]).toMatchObject({ title: '某村还是“全县第一大村”吗?', section: '村问' })
    expect(r.source.date!.value).toBe('2025-08-28')
  })
  it('a reader that prints its date line over the page’s stories: the headline is below it, the list above is the reader’s', () => {
    const r = page('A05:焦点', '本版列表新闻', '首届某某大会今天上午在某镇拉开帷幕~~~', '2014年11月19日 星期三 放大 缩小 默认', '首届某某大会今天上午在某镇拉开帷幕', '千年古镇缘何牵手某某大会', '  某网记者 沈小林', '  今天中午,首届某某大会在某镇举行了开幕式,来自海内外的千余名嘉宾出席。')
    expect(r.articles).toHaveLength(1)
    expect(r.articles[0]).toMatchObject({ title: '千年古镇缘何牵手某某大会', subtitle: '首届某某大会今天上午在某镇拉开帷幕', section: '焦点', bylines: [{ role: '记者', name: '沈小林' }] })
    expect(r.source.date).toMatchObject({ value: '2014-11-19', inferred: false })
    expect(r.articles[0]!.dateline!.value).toBe('2014-11-19')
  })
  it('a byline wrapped onto the next line, and one run into the lead', () => {
    const wrapped = page('第01版', '千年华裳如画 国风雅韵如诗', '  ■全媒体记者 周小契 许一楠 唐小园', '  胡小翔 郑小恒', '  本报讯 第十二届某镇汉服文化周昨天开幕,三天两夜近30项活动陆续登场。')
    expect(wrapped.articles).toHaveLength(1)
    expect(wrapped.articles[0]!.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(['记者 周小契', '记者 许一楠', '记者 唐小园', '记者 胡小翔', '记者 郑小恒'])
    const inline = page('“某某之光”展示辉煌成就', '  本报讯 记者周小友摄影报道  第二届某某大会博览会,昨天上午在某镇开幕。')
    expect(inline.articles[0]!.bylines).toEqual([{ role: '记者', name: '周小友' }])
    expect(inline.articles[0]!.blocks[0]!.text).toBe('本报讯 第二届某某大会博览会,昨天上午在某镇开幕。')
  })
})
