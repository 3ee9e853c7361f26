// The extraction stages on sentences a reader can check by eye: figures with their
// units, qualifiers and periods; dates in running text; names and where they start.
import { describe, expect, it } from 'vitest'
import { findHappenings } from '../../scripts/ingest/extract/events.ts'
import { findFigures } from '../../scripts/ingest/extract/metrics.ts'
import { findNames, readsAsProperName } from '../../scripts/ingest/extract/names.ts'
import { findTimeExpressions } from '../../scripts/ingest/extract/time-expressions.ts'
import type { Curation } from '../../scripts/ingest/curation.ts'
import { extractArchive, nameBase } from '../../scripts/ingest/extract/resolve.ts'

const pub = (value: string) => ({ value, end: null, inferred: true, evidence: '' })

describe('figures', () => {
  const one = (text: string, date = '2024-10') => {
    const f = findFigures(text, pub(date))
    expect(f, text).toHaveLength(1)
    return f[0]!
  }
  it.each([
    ['2025年交易额增至773.95亿元。', '773.95亿元', 77395000000, 'CNY', 'exact'],
    ['年产冰箱压缩机达5000万台以上。', '5000万台', 50000000, 'count', 'more-than'],
    ['全球市场份额达22%。', '22%', 22, '%', 'exact'],
    ['建筑面积约2.1万平方米。', '2.1万平方米', 21000, 'm²', 'approx'],
    ['入驻商户近3500家。', '3500家', 3500, 'count', 'nearly'],
    ['产品销往世界40多个国家。', '40多个', 40, 'count', 'more-than'],
    ['养殖基地6000余亩。', '6000余亩', 4000000, 'm²', 'more-than'],
    ['跑道长3.4公里。', '3.4公里', 3400, 'm', 'exact'],
    ['灌装速度可达11000支/小时。', '11000支/小时', 11000, 'count/h', 'up-to'],
    ['规上工业增加值2165.2亿元。', '2165.2亿元', 216520000000, 'CNY', 'exact'],
    ['惠及全区30余万居民。', '30余万', 300000, 'count', 'more-than'],
    ['至今已有103年历史。', '103年', 103, 'year', 'exact'],
    ['一季度增速为-2.3%。', '-2.3%', -2.3, '%', 'exact'],
    ['储能电站容量300MWh。', '300MWh', 300000, 'kWh', 'exact'],
    ['历时3个多月完成改造。', '3个多月', 3, 'month', 'more-than'],
  ])('%s → %s', (text, written, value, unit, qualifier) => {
    const f = one(text)
    expect([f.written, f.normalized.value, f.normalized.unit, f.qualifier]).toEqual([written, value, unit, qualifier])
  })

  it('two figures in one clause are two figures', () => {
    expect(findFigures('累计完成投资27.71亿元，完成年度计划34.15亿元的81%。', pub('2024-10')).map((f) => f.written)).toEqual(['27.71亿元', '34.15亿元', '81%'])
  })

  it('years, dates, ordinals, figures in names and weather are not figures', () => {
    for (const text of ['2024年，嘉兴市召开大会。', '10月31日下午举行。', '第20届博览会开幕。', '打造“15分钟品质文化生活圈”。', '今天东北风3~4级，最高气温12℃。', '通过5G技术连接。', '2024年度第三期中期票据。']) {
      expect(findFigures(text, pub('2024-10')).map((f) => f.written), text).toEqual([])
    }
  })

  it('the span of another figure and an anniversary are not figures', () => {
    expect(findFigures('银行将在未来3年内提供不超过50亿元的意向性融资。', pub('2025-07')).map((f) => f.written)).toEqual(['50亿元'])
    expect(findFigures('集团召开庆祝中国共产党成立104周年大会。', pub('2025-07'))).toEqual([])
  })
  it('颗 counts, 泰铢 is a currency of its own', () => {
    expect(findFigures('年产镜头超6000万颗，泰国基地总投资4.8亿泰铢。', pub('2025-11')).map((f) => [f.written, f.normalized.unit])).toEqual([
      ['6000万颗', 'count'],
      ['4.8亿泰铢', 'THB'],
    ])
  })
  it('a ship’s class and a race time are not figures; 艘次 and 列 count, 小时 is h', () => {
    expect(findFigures('新建5万吨级集装箱泊位1个，冠军成绩为2小时11分36秒。', pub('2025-10')).map((f) => f.written)).toEqual(['1个'])
    expect(findFigures('靠泊船舶2140艘次，海铁联运班列累计开行500列，在港时间缩短至21.5小时。', pub('2025-10')).map((f) => [f.written, f.normalized.unit])).toEqual([
      ['2140艘次', 'count'],
      ['500列', 'count'],
      ['21.5小时', 'h'],
    ])
  })
  it('the threshold naming a counted kind is not a figure', () => {
    expect(findFigures('新签约亿元以上项目28个，其中10亿元以上项目9个。', pub('2025-11')).map((f) => f.written)).toEqual(['28个', '9个'])
  })
  it('单 counts, 元人民币 is CNY, 不足 is an upper bound, a customs code is no figure', () => {
    expect(findFigures('日均申报逾12万单，服务出口额12.3亿元人民币，通关时间压缩到不足6小时，HS编码940179项下产品增长。', pub('2025-11')).map((f) => [f.written, f.normalized.unit, f.qualifier])).toEqual([
      ['12万单', 'count', 'more-than'],
      ['12.3亿元人民币', 'CNY', 'exact'],
      ['6小时', 'h', 'up-to'],
    ])
  })
  it('readings of weather and water and round-the-clock duty are not figures; 例 and 期 count', () => {
    const got = findFigures('风速达38米/秒，嘉兴站水位涨至4.12米，成员单位实行24小时联合值守，转移群众3.26万人，发布预警信息21期，完成心电诊断4.6万例，排涝流量50立方米/秒。', pub('2025-07-31'))
    expect(got.map((f) => [f.written, f.normalized.unit])).toEqual([
      ['3.26万人', 'count'],
      ['21期', 'count'],
      ['4.6万例', 'count'],
      ['50立方米/秒', 'm³/s'],
    ])
  })
  it('a span’s length right after the span is not a figure; 趟 counts', () => {
    expect(findFigures('端午假期（5月31日至6月2日）3天，村里接待游客4.2万人次。目前已发车28趟。', pub('2025-06-17')).map((f) => f.written)).toEqual(['4.2万人次', '28趟'])
  })
  it('股 and 对 count', () => {
    expect(findFigures('公司公开发行股票4200万股，车站每日停靠列车36对。', pub('2025-12')).map((f) => [f.written, f.normalized.unit])).toEqual([
      ['4200万股', 'count'],
      ['36对', 'count'],
    ])
  })
  it('the bounds of a range, a cap not to exceed, 签约 is no 约, 前10个月 is a period; 宗 and 轮 count', () => {
    const got = findFigures('被告人分别被判处有期徒刑1年至8年不等，单次充值不宜超过5000元。累计签约1263户，经过62轮竞价，共成交地块14宗。前10个月，成交2.12万套，楼面价12496元/平方米，租金32元/月/平方米。', pub('2025-11-13'))
    expect(got.map((f) => [f.written, f.normalized.unit, f.qualifier])).toEqual([
      ['1年', 'year', 'at-least'],
      ['8年', 'year', 'up-to'],
      ['5000元', 'CNY', 'up-to'],
      ['1263户', 'count', 'exact'],
      ['62轮', 'count', 'exact'],
      ['14宗', 'count', 'exact'],
      ['2.12万套', 'count', 'exact'],
      ['12496元/平方米', 'CNY/m²', 'exact'],
      ['32元/月/平方米', 'CNY/month/m²', 'exact'],
    ])
  })
  it('斤 is half a kilogram; a decade is not a figure', () => {
    const [f] = findFigures('平均亩产达1320斤。', pub('2025-11'))
    expect([f?.written, f?.normalized]).toEqual(['1320斤', { value: 660, unit: 'kg' }])
    expect(findFigures('社区始建于上世纪90年代。', pub('2025-11'))).toEqual([])
  })
  it('a figure knows its period: 今年前三季度 is January to September of the paper’s year', () => {
    const f = one('今年前三季度，嘉兴实现规上工业增加值2165.2亿元。', '2024-11')
    expect(f.period).toBe('今年前三季度')
    expect([f.periodDate?.value, f.periodDate?.end]).toEqual(['2024-01', '2024-09'])
  })
})

describe('dates in running text', () => {
  const dates = (text: string, p = '2024-10') => findTimeExpressions(text, pub(p)).map((t) => (t.date.end ? `${t.date.value}/${t.date.end}` : t.date.value))
  it('resolves 月日 against the paper, 同年 and a bare month against the year the text last named', () => {
    expect(dates('10月17日下午，陈伟调研。')).toEqual(['2024-10-17'])
    expect(dates('2024年11月跑道贯通；2025年6月航站楼通过验收，同年10月通过行业验收；11月快速路通车。', '2026-05')).toEqual(['2024-11', '2025-06', '2025-10', '2025-11'])
    expect(dates('11月27日至29日，社长总编来嘉兴。', '2024-11')).toEqual(['2024-11-27/2024-11-29'])
    expect(dates('今年4月，大会在京召开。', '2026-05')).toEqual(['2026-04'])
  })
  it('a month after the paper’s own month is last year’s', () => {
    expect(dates('12月26日，机场通航。', '2026-03')).toEqual(['2025-12-26'])
  })
  it('昨天 is the day before a paper dated to the day, and only the month otherwise', () => {
    expect(dates('本报讯 昨天下午，市委书记调研。', '2026-03-07')).toEqual(['2026-03-06'])
    expect(dates('本报讯 昨天下午，市委书记调研。', '2026-03')).toEqual(['2026-03'])
  })
})

describe('dates in a chronology', () => {
  it('a year on its own line heads the dates under it, days included', () => {
    const chronology = { year: null as number | null }
    const got = ['2023年', '8月15日 公司揭牌成立。', '11月 一期工程开工。', '2024年', '5月 一期竣工；20日，二期签约。'].flatMap((b) =>
      findHappenings(b, pub('2024-12'), chronology).map((h) => h.date.value),
    )
    expect(got).toEqual(['2023-08-15', '2023-11', '2024-05', '2024-05-20'])
  })
  it('次年 is the year after the one last named', () => {
    const got = findHappenings('1994年5月，工厂在新埭镇创办。次年3月，工厂接下第一笔外贸订单。', pub('2025-11'))
    expect(got.map((h) => h.date.value)).toEqual(['1994-05', '1995-03'])
  })
  it('a chronology runs forward: a month earlier than the last one named is the next year’s', () => {
    const got = findHappenings('2024年3月，项目开工；同年10月，主体施工过半。9月下旬，项目主体结构封顶。', pub('2025-10-09'))
    expect(got.map((h) => h.date.value)).toEqual(['2024-03', '2024-10', '2025-09'])
  })
  it('a day later than the paper in its own year is last year’s', () => {
    const got = findHappenings('2025年3月，二期校舍开工。9月1日，学校迎来首批学生。', pub('2025-07'))
    expect(got.map((h) => h.date.value)).toEqual(['2025-03', '2024-09-01'])
  })
  it('bare months after 去年12月 run on into this year', () => {
    const got = findHappenings('去年12月，外资集团与区政府签约。3月，项目正式开工；11月，主厂房主体结构封顶。', pub('2025-12'))
    expect(got.map((h) => h.date.value)).toEqual(['2024-12', '2025-03', '2025-11'])
  })
  it('a year planned for does not carry over to the next bare month', () => {
    const chronology = { year: null as number | null }
    findHappenings('二期计划2027年建成投用。', pub('2025-12'), chronology)
    expect(findHappenings('9月，公司与合作方签署协议。', pub('2025-12'), chronology).map((h) => h.date.value)).toEqual(['2025-09'])
  })
  it('a news peg after 去年12月 is this year’s', () => {
    expect(findHappenings('去年12月，集团获准发行公司债券。6月12日，集团完成首期发行。', pub('2025-07')).map((h) => h.date.value)).toEqual(['2024-12', '2025-06-12'])
  })
  it('今年 on its own moves the chronology back to the paper’s year', () => {
    const got = findHappenings('去年11月，首批企业划转完成；今年，集团继续压减层级。2月，集团组建数据公司。', pub('2025-12'))
    expect(got.map((h) => h.date.value)).toEqual(['2024-11', '2025-02'])
  })
})

describe('weekdays', () => {
  it('a closure from one day to another is a range', () => {
    const got = findTimeExpressions('11月10日起至12月31日，大桥实行全封闭施工。', pub('2025-11-13'))
    expect(got.map((t) => [t.date.value, t.date.end])).toEqual([['2025-11-10', '2025-12-31']])
  })
  it('上周五 in a Friday paper is a week before it; 本周三 is in its own week', () => {
    const dates = (text: string, p: string) => findTimeExpressions(text, pub(p)).map((t) => t.date.value)
    expect(dates('本报讯 上周五，新生产线投产。', '2025-11-14')).toEqual(['2025-11-07'])
    expect(dates('本周三，区里召开推进会。', '2025-11-14')).toEqual(['2025-11-12'])
    expect(dates('上周五，新生产线投产。', '2025-11')).toEqual([])
  })
})

describe('dates a daily paper writes', () => {
  const dates = (text: string, p: string) => findTimeExpressions(text, pub(p)).map((t) => (t.date.end ? `${t.date.value}/${t.date.end}` : t.date.value))
  it('a bare day is in the paper’s month, or the month before when later than the paper', () => {
    expect(dates('16日上午，市委书记率队调研。', '2025-04-16')).toEqual(['2025-04-16'])
    expect(dates('本报讯 18日，重大项目集中开工。', '2025-04-16')).toEqual(['2025-03-18'])
  })
  it('本月 and 上月 are read against the paper', () => {
    expect(dates('本月8日至10日，博览会举行。', '2025-04-16')).toEqual(['2025-04-08/2025-04-10'])
    expect(dates('上月，南湖区签订投资协议。', '2025-04-16')).toEqual(['2025-03'])
  })
  it('a month range is a period, not a date', () => {
    expect(findHappenings('1—3月，全市新增市场主体2.1万户。', pub('2025-04'))).toEqual([])
  })
})

describe('events', () => {
  it('a plan later in the sentence does not undo the happening that opens it', () => {
    const got = findHappenings('4月10日，新材料项目开工，预计年底建成。', pub('2025-04-16'))
    expect(got.map((e) => [e.date.value, e.type])).toEqual([['2025-04-10', 'start']])
  })

  it('a dated happening is an event, a plan or a period is not', () => {
    const got = findHappenings('2025年12月26日，嘉兴南湖机场正式通航。截至今年9月底，累计完成投资27.71亿元。要围绕“2025年6月底完工”总目标。', pub('2024-10'))
    expect(got.map((e) => [e.date.value, e.type])).toEqual([['2025-12-26', 'opening']])
  })
})

describe('names', () => {
  const names = (text: string) => findNames(text).map((n) => n.name)
  it('finds a name from its ending back to where it starts', () => {
    expect(names('10月30日盛付祥到嘉兴大不同食品有限公司调研。')).toEqual(['嘉兴大不同食品有限公司'])
    expect(names('2021年，嘉源集团牵手浙江和达科技公司，共同投资成立嘉源和达。')).toEqual(['嘉源集团', '浙江和达科技公司'])
    expect(names('由嘉兴市市场监管局牵头，联合农业农村局推进。')).toEqual(['嘉兴市市场监管局', '农业农村局'])
  })
  it('an ending inside a longer word is no name (中心城区, 公司债券, 布局)', () => {
    expect(names('全力助推中心城区首位度提升。市产业集团30亿元公司债券获批。优化产业布局。')).toEqual(['市产业集团'])
  })
  it('a short name the text declares is kept with the name', () => {
    const [n] = findNames('嘉兴市城市投资发展集团有限公司（以下简称“嘉兴城投”）今年新开工项目12个。')
    expect([n?.name, n?.shortName]).toEqual(['嘉兴市城市投资发展集团有限公司', '嘉兴城投'])
  })
  it('a capacity printed before a project is part of its name, its owner is not', () => {
    expect(names('嘉兴港区年产30万吨新材料项目开工。')).toEqual(['嘉兴港区年产30万吨新材料项目'])
    expect(names('浙江锐驰电驱科技有限公司新能源汽车驱动电机项目投产。')).toEqual(['浙江锐驰电驱科技有限公司', '新能源汽车驱动电机项目'])
  })
  it('campaigns and generic phrases are not projects', () => {
    expect(names('三年来累计确定书记领办项目近百个，推动重大项目落地。')).toEqual([])
  })
  it('a kind of undertaking that is counted or batched is not one project', () => {
    expect(names('今年全县计划实施工业技改项目38个，年内完成投资约12亿元。')).toEqual([])
    expect(names('南湖区昨天举行生物医药产业链项目集中签约仪式。')).toEqual([])
    expect(names('园区今年新建4条智能化生产线。')).toEqual([])
    expect(names('全镇已建成高标准稻虾共养基地3200余亩。')).toEqual([])
  })
  it('a structure without a proper name is a project only where its building is reported', () => {
    expect(names('纳入全省公路货运枢纽建设规划。')).toEqual([])
    expect(names('11月，配套环城快速路射线提前通车。')).toEqual(['环城快速路射线'])
  })
  it('a name does not end on a connective or take in the body that acts on it', () => {
    expect(names('打通嘉善至机场的快速通道。')).toEqual([])
    expect(names('市住建局检查集团安全生产工作')).toEqual(['市住建局'])
  })
  it('a place jieba splits oddly still starts a project name', () => {
    expect(names('华峰电气将老厂区整体搬迁至海盐百步新厂区。')).toEqual(['海盐百步新厂区'])
  })
  it('a centre someone is building is a project', () => {
    const [n] = findNames('该公司宣布将在秀洲区投资2亿元，建设其在华东的首个智能装备研发中心。')
    expect([n?.name, n?.class]).toEqual(['智能装备研发中心', 'project'])
  })
  it('a legal name holds no other, except a branch holding its bank’s', () => {
    expect(names('9月，嘉禾能源有限公司与宁波甬兴储能技术有限公司合资设立浙江禾兴新能源科技有限公司。')).toEqual([
      '嘉禾能源有限公司',
      '宁波甬兴储能技术有限公司',
      '浙江禾兴新能源科技有限公司',
    ])
    expect(names('集团与中国建设银行股份有限公司嘉兴分行签署协议。')).toEqual(['中国建设银行股份有限公司嘉兴分行'])
  })
  it('a former name is a name (原…)', () => {
    expect(names('集团由原嘉兴市禾城建设投资有限公司整合组建。')).toEqual(['嘉兴市禾城建设投资有限公司'])
  })
  it('where a project is built is not part of its name, its main structure is', () => {
    expect(names('拟在乍浦港区建设禾港冷链物流中心项目。')).toEqual(['禾港冷链物流中心项目'])
    expect(names('南湖康养度假酒店项目主体结构封顶。')).toEqual(['南湖康养度假酒店项目'])
    expect(names('扩建工程投运后城南水厂日供水能力将达30万吨。')).toEqual(['城南水厂'])
  })
  it('an extension is a works; an aim is not part of a name', () => {
    expect(names('副县长先后来到禾丰大道东延伸工程现场。')).toEqual(['禾丰大道东延伸工程'])
    expect(names('今年力争城南人才公寓项目主体结构封顶。')).toEqual(['城南人才公寓项目'])
  })
  it('a project keeps the words of its product, its rating and its place of building apart', () => {
    expect(names('禾川智能高端一体化压铸装备项目位于经开区。')).toEqual(['禾川智能高端一体化压铸装备项目'])
    expect(names('该公司将投资20亿元建设12英寸碳化硅衬底项目。')).toEqual(['12英寸碳化硅衬底项目'])
    expect(names('在秀洲高新区北区片区建设年产5万吨生物基材料项目。')).toEqual(['年产5万吨生物基材料项目'])
    expect(names('禾谷材料首条玄武岩纤维生产线建成。')).toEqual(['玄武岩纤维生产线'])
    expect(names('签约建设南湖智能算力中心项目。')).toEqual(['南湖智能算力中心项目'])
  })
  it('a key laboratory is named with its rank; a zone is no park', () => {
    expect(names('研究院下属的嘉兴市新型储能重点实验室获批建设。')).toEqual(['嘉兴市新型储能重点实验室'])
    expect(names('全市省市县重点项目加快推进。')).toEqual([])
    expect(names('落户秀洲高新技术产业园区。')).toEqual([])
  })
  it('the phases of a works are projects, an issue number is not', () => {
    expect(names('秀水智造产业园二期总投资35亿元。')).toEqual(['秀水智造产业园二期', '秀水智造产业园'])
    expect(names('集团发行2025年度第一期公司债券。')).toEqual([])
  })
  it('a line is named apart from the plant that houses it', () => {
    expect(names('禾创公司细胞治疗中试平台制剂中心吹灌封一体机灌装线安装完成。')).toContain('吹灌封一体机灌装线')
  })
  it('an upgrade is a project when it names what it upgrades', () => {
    expect(names('嘉兴南站候车大厅提升改造完成。')).toEqual(['嘉兴南站候车大厅提升改造'])
    expect(names('全面推进企业数字化改造提升。')).toEqual([])
  })
  it('a factory reported started up is a project', () => {
    const [n] = findNames('该公司高强度轴承智能工厂已于本月9日正式投产。')
    expect([n?.name, n?.class]).toEqual(['高强度轴承智能工厂', 'project'])
  })
  it('colleges, associations, co-operatives and family farms are bodies; a cadre college is the state’s', () => {
    expect(findNames('浙江纺织科技学院、海宁市经编行业协会和秀洲区稻香粮油专业合作社、田畈家庭农场参加。').map((n) => [n.name, n.class])).toEqual([
      ['浙江纺织科技学院', 'enterprise'],
      ['海宁市经编行业协会', 'enterprise'],
      ['秀洲区稻香粮油专业合作社', 'enterprise'],
      ['田畈家庭农场', 'enterprise'],
    ])
    expect(findNames('学员赴浙江红船干部学院学习。')[0]?.class).toBe('government')
    expect(names('出台镇(街道)党校规范化建设指导意见。')).toEqual([])
    expect(names('研究院与企业共建的功能性面料联合实验室挂牌。')).toEqual(['功能性面料联合实验室'])
  })
  it('a works that is a phase, an estate or a centre by its function', () => {
    expect(names('二期主体工程完成70%。')).toEqual([])
    expect(names('梧桐苑安置小区交付使用。')).toEqual(['梧桐苑安置小区'])
    const [c] = findNames('米业与村股份经济合作社共同投资的桃园粮食烘干中心投用。').filter((n) => n.name.endsWith('中心'))
    expect([c?.name, c?.class]).toEqual(['桃园粮食烘干中心', 'project'])
    const p = findNames('在马桥街道东侧，海宁经编智造产业园正加快建设。').find((n) => n.name.endsWith('产业园'))
    expect([p?.name, p?.class]).toEqual(['海宁经编智造产业园', 'project'])
  })
  it('a bank’s short name starts its branch; a market abroad is no market hall', () => {
    expect(names('建行嘉兴分行相关负责人介绍，企业开拓欧洲市场。')).toEqual(['建行嘉兴分行'])
  })
  it('a factory named by its capacity starts at it; a phase naming a workshop is no works', () => {
    const [f] = findNames('在开发区东侧，禾瞳光学年产500万套车载镜头数字化工厂正在加紧建设。')
    expect([f?.name, f?.class]).toEqual(['年产500万套车载镜头数字化工厂', 'project'])
    expect(names('图为数字化工厂一期车间内景。').filter((n) => n.endsWith('一期'))).toEqual([])
  })
  it('a former name is recorded with the name', () => {
    const n = findNames('浙江禾瞳光学科技股份有限公司（以下简称“禾瞳光学”）原名平湖禾瞳光学元件有限公司，前身是一家光学元件厂。')[0]
    expect([n?.name, n?.shortName, n?.formerName]).toEqual(['浙江禾瞳光学科技股份有限公司', '禾瞳光学', '平湖禾瞳光学元件有限公司'])
  })
  it('foreign and fund forms are firms; incubators and innovation consortia are bodies', () => {
    expect(names('与日本三泽精工株式会社签约，嘉兴禾创天使股权投资合伙企业（有限合伙）出资，禾创智谷孵化器和长三角精密光学创新联合体揭牌。')).toEqual(
      expect.arrayContaining(['三泽精工株式会社', '嘉兴禾创天使股权投资合伙企业（有限合伙）', '禾创智谷孵化器', '长三角精密光学创新联合体']),
    )
  })
  it('a digit opening a Latin word, and Latin words apart, stay in a name; 全称 introduces one', () => {
    expect(names('秀洲6G通信联合实验室揭牌。')).toEqual(['秀洲6G通信联合实验室'])
    expect(names('察看了试生产的Mini LED背光模组产线。')).toEqual(['Mini LED背光模组产线'])
    expect(names('澄曜股份（全称浙江澄曜精密光学股份有限公司）上市。')).toEqual(['浙江澄曜精密光学股份有限公司'])
  })
  it('a meeting and a kind of group are no names', () => {
    expect(names('县政协召开专题协商会。推动国企向产业投资集团转型。')).toEqual([])
  })
  it('a park someone builds together is a project', () => {
    const p = findNames('与村集体合作建设干窑农旅共富产业园。').find((n) => n.name.endsWith('产业园'))
    expect([p?.name, p?.class]).toEqual(['干窑农旅共富产业园', 'project'])
  })
  it('a country in brackets, a charity federation; a supplier’s or a market’s word is not the name', () => {
    expect(names('禾泓股份全资子公司禾泓化纤（印度尼西亚）有限公司签约，禾泓集团向桐乡市慈善总会捐赠。')).toEqual(
      expect.arrayContaining(['禾泓化纤（印度尼西亚）有限公司', '桐乡市慈善总会']),
    )
    expect(names('产品连起全球市场，由嘉贸通负责运营嘉兴禾湾保税物流中心。')).toEqual(['嘉兴禾湾保税物流中心'])
  })
  it('a branch keeps its company’s legal name; hospitals and schools need a proper name', () => {
    expect(names('国网浙江省电力有限公司嘉兴供电公司启动应急响应，禾安财产保险股份有限公司嘉兴中心支公司预赔付。')).toEqual([
      '国网浙江省电力有限公司嘉兴供电公司',
      '禾安财产保险股份有限公司嘉兴中心支公司',
    ])
    expect(names('嘉兴市第一医院新院区结顶，澄湖实验学校开学；充分利用学校资源，设立系统定点医院。')).toEqual(['嘉兴市第一医院', '澄湖实验学校'])
  })
  it('an existing substation is no project; one being built is', () => {
    expect(names('110千伏广陈变电站恢复送电。')).toEqual([])
    expect(names('220千伏禾北变电站扩建工程开工。')).toEqual(['220千伏禾北变电站扩建工程'])
  })
  it('a road joining two places keeps both; a kind of co-operative or company is no name', () => {
    expect(names('广陈—新仓农村公路提档升级工程已完成65%。')).toEqual(['广陈—新仓农村公路提档升级工程'])
    expect(names('五个村的股份经济合作社联合成立强村公司。')).toEqual([])
  })
  it('a kind of listed company is no name; a second name hung on a body is recorded with it', () => {
    expect(names('全区A股上市公司增至12家。')).toEqual([])
    const n = findNames('同日，南湖区人民医院与浙江禾城大学签约共建，挂牌浙江禾城大学附属南湖医院。').find((x) => x.name.endsWith('附属南湖医院'))
    expect(n?.secondNameOf).toBe('南湖区人民医院')
  })
  it('a foundation is a body; contacting or running a company names none; a works ends before its 施工', () => {
    expect(names('嘉兴市禾善慈善基金会捐赠。他随即联系公司调取记录。因菱歌大桥维修加固工程施工需要，大桥封闭。')).toEqual(['嘉兴市禾善慈善基金会', '菱歌大桥维修加固工程'])
  })
  it('trades listed as firms do not read as names, names do', () => {
    expect(['面料设计', '跨境电商', '新材料', '生物医药'].filter(readsAsProperName)).toEqual([])
    expect(['禾丰', '晶科能源', '加西贝拉', '民丰特纸'].every(readsAsProperName)).toBe(true)
  })
  it('the spellings of one organisation share a base', () => {
    expect(nameBase('嘉兴市产业发展集团有限公司')).toBe(nameBase('嘉兴市产业发展集团'))
    expect(nameBase('市产业集团')).toBe(nameBase('嘉兴市产业集团'))
    expect(nameBase('嘉兴南湖机场项目')).toBe(nameBase('嘉兴南湖机场'))
    // a county's group keeps its level, as the city's does; a bank named 中国… keeps it
    expect(nameBase('海宁县文化旅游发展集团有限公司').startsWith('县')).toBe(true)
    expect(nameBase('中国银行嘉兴市分行').startsWith('中国银行')).toBe(true)
  })
})

describe('one organisation across stories', () => {
  const story = (id: string, text: string) => ({ id, date: pub('2025-05'), kind: 'story', title: '', blocks: [{ id: 'b1', type: 'paragraph', text }] })
  const curation: Curation = { publications: [], boxes: [], entities: [], rejections: [] }
  it('a park built in phases is a project, its phases too', () => {
    const x = extractArchive([story('a', '秀水智造产业园是集团今年的一号工程。秀水智造产业园一期竣工，秀水智造产业园二期开工。')], curation)
    expect(x.enterprises.map((e) => e.name)).not.toContain('秀水智造产业园')
    expect(x.projects.map((p) => p.name)).toEqual(expect.arrayContaining(['秀水智造产业园', '秀水智造产业园一期', '秀水智造产业园二期']))
  })
  it('a county group and its short name are one organisation', () => {
    const x = extractArchive([story('a', '海宁县文化旅游发展集团有限公司今年投资5亿元。县文旅集团下属酒店开业。')], curation)
    expect(x.enterprises.filter((e) => e.name.includes('文旅') || e.name.includes('文化旅游'))).toHaveLength(1)
  })
  it('a venue is a place, not a body, unless named with its works', () => {
    const x = extractArchive([story('a', '博览会在海宁国际会展中心举行。'), story('b', '南湖体育中心项目主体完工，南湖体育中心明年启用。')], curation)
    expect(x.enterprises.map((e) => e.name)).toEqual([])
    expect(x.projects.find((p) => p.name === '南湖体育中心项目')?.aliases).toContain('南湖体育中心')
  })
  it('firms listed before 等一批“专精特新”企业 are firms; a figure inside a project’s name is not a figure', () => {
    const x = extractArchive([story('a', '锦途、纬森、嘉柔等一批“专精特新”企业快速成长。华纬公司年产3000万米高端面料项目开工，总投资12.6亿元。')], curation)
    expect(x.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['锦途', '纬森', '嘉柔']))
    expect(x.metrics.map((m) => m.written)).toEqual(['12.6亿元'])
  })
  it('brands listed before 等…品牌 are firms; a base named by its country is the base', () => {
    const x = extractArchive([story('a', '产品配套鹰眸、途岚、柯睿等国内外车载影像品牌。'), story('b', '次年8月，泰国禾瞳建成泰国罗勇生产基地。今年上半年，泰国基地产值增长40%。')], curation)
    expect(x.enterprises.map((e) => e.name)).toEqual(expect.arrayContaining(['鹰眸', '途岚', '柯睿']))
    expect(x.projects.filter((p) => p.name.includes('基地')).map((p) => [p.name, p.aliases])).toEqual([['泰国罗勇生产基地', ['泰国基地']]])
  })
  it('a mall is a place; things listed before 等设施 are not firms', () => {
    const x = extractArchive([story('a', '禾悦城购物中心客流增长。二期将新建冷链仓储中心、智能仓库等设施。')], curation)
    expect(x.enterprises.map((e) => e.name)).toEqual([])
  })
  it('a works is not short for one of its phases; a phase names its works too', () => {
    const x = extractArchive([story('a', '由禾泓新材投资建设的年产40万吨差别化纤维项目二期主厂房封顶。年产40万吨差别化纤维项目一期去年9月建成投产。')], curation)
    const names = x.projects.map((p) => p.name).sort()
    expect(names).toEqual(['年产40万吨差别化纤维项目', '年产40万吨差别化纤维项目一期', '年产40万吨差别化纤维项目二期'])
    expect(x.projects.find((p) => p.name === '年产40万吨差别化纤维项目')?.mentions).toHaveLength(2)
  })
  it('a park printed on its own is the park named with its operating company', () => {
    const x = extractArchive([story('a', '5月8日，由湖滨商贸园公司联合多家车企举办新车展。'), story('b', '去年开业的湖滨商贸园是全县规模最大的汽车市场。')], curation)
    const park = x.enterprises.find((e) => e.name === '湖滨商贸园公司')
    expect(park?.aliases).toContain('湖滨商贸园')
    expect(new Set(park?.mentions.map((m) => m.article))).toEqual(new Set(['a', 'b']))
  })
})

describe('dates a digest writes', () => {
  it('a month’s chronicle that prints an item’s month and day without 月 (123日) dates it in that month', () => {
    expect(findTimeExpressions('123日,某市举行重大项目集中开工仪式。', pub('2021-12')).map((t) => t.date.value)).toEqual(['2021-12-03'])
    expect(findTimeExpressions('1227日,某项目主体结构顺利封顶。', pub('2021-12')).map((t) => t.date.value)).toEqual(['2021-12-27'])
    // (a number of another month, or a paper known only to the year, is no such date)
    expect(findTimeExpressions('123日,某项目开工。', pub('2021-11'))).toEqual([])
    expect(findTimeExpressions('123日,某项目开工。', pub('2021'))).toEqual([])
  })
  it('glued dates of one item (▲7月15日7月22日，…) each date the item that follows them', () => {
    const h = findHappenings('▲7月15日7月22日,局领导两次带队赴某产业园现场,协调解决用电接入问题', pub('2025-08-05'))
    expect(h.map((x) => [x.date.value, x.title])).toEqual([
      ['2025-07-15', '局领导两次带队赴某产业园现场'],
      ['2025-07-22', '局领导两次带队赴某产业园现场'],
    ])
  })
})

describe('a dispatch’s date', () => {
  it('dates the report, not a happening: the lead’s own date is the event', () => {
    const h = findHappenings('某某日报10月16日讯 10月15日上午,某产业园二期正式竣工投用。', pub('2024-10-16'))
    expect(h.map((x) => x.date.value)).toEqual(['2024-10-15'])
  })
})
