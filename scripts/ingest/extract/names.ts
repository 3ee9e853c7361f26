import { cut, tag } from '../words.ts'

// Names of enterprises, projects and government bodies, discovered in running text
// by what they end with (有限公司, 集团, 研究院, 项目, 工程, 国资委 …) and how far
// the words before that ending still belong to the name (word segmentation and
// part-of-speech tags, and the words that introduce a name: 到, 赴, 引进, 联合 …).

export type NameClass = 'enterprise' | 'project' | 'government'
export type EnterpriseKind = 'group' | 'company' | 'institute' | 'park' | 'market' | 'government' | 'other'

export interface NameCandidate {
  name: string
  class: NameClass
  kind: EnterpriseKind | null
  start: number
  end: number
  /** why it was taken for a name: the ending or context that made it one */
  evidence: string
  /** a short name the text declares for this one: 嘉兴市城市投资发展集团有限公司（以下简称“嘉兴城投”） */
  shortName?: string
  /** the name it had before, where the text says so: …股份有限公司原名…有限公司 */
  formerName?: string
  /** the organisation this is a second name of: 梅泾区人民医院…挂牌浙江临湖大学附属梅泾医院 */
  secondNameOf?: string
}

/** Endings, longest first, with what they make a name. */
const ENDINGS: [string, NameClass, EnterpriseKind | null][] = [
  ['股份有限公司', 'enterprise', 'company'], ['有限责任公司', 'enterprise', 'company'], ['有限公司', 'enterprise', 'company'],
  ['控股集团', 'enterprise', 'group'], ['集团', 'enterprise', 'group'], ['公司', 'enterprise', 'company'],
  ['研究院', 'enterprise', 'institute'], ['研究所', 'enterprise', 'institute'], ['实验室', 'enterprise', 'institute'], ['科学院', 'enterprise', 'institute'], ['交科院', 'enterprise', 'institute'], ['长三院', 'enterprise', 'institute'],
  ['干部学院', 'government', 'government'], ['党校', 'government', 'government'],
  ['联合实验室', 'enterprise', 'institute'], ['大学', 'enterprise', 'institute'], ['学院', 'enterprise', 'institute'], ['行业协会', 'enterprise', 'other'], ['协会', 'enterprise', 'other'], ['商会', 'enterprise', 'other'],
  ['工厂', 'enterprise', 'company'], ['银行', 'enterprise', 'company'], ['交易所', 'enterprise', 'other'],
  ['商贸城', 'enterprise', 'market'], ['商贸园', 'enterprise', 'park'], ['市场', 'enterprise', 'market'],
  ['产业园', 'enterprise', 'park'], ['物流园', 'enterprise', 'park'], ['中心', 'enterprise', 'other'],
  ['合伙企业（有限合伙）', 'enterprise', 'company'], ['合伙企业(有限合伙)', 'enterprise', 'company'], ['合伙企业', 'enterprise', 'company'],
  ['基金会', 'enterprise', 'other'], ['慈善总会', 'enterprise', 'other'], ['红十字会', 'enterprise', 'other'], ['孵化器', 'enterprise', 'park'], ['创新联合体', 'enterprise', 'other'],
  ['株式会社', 'enterprise', 'company'], ['中心支公司', 'enterprise', 'company'], ['支公司', 'enterprise', 'company'], ['分公司', 'enterprise', 'company'],
  ['医院', 'enterprise', 'other'], ['学校', 'enterprise', 'other'], ['分行', 'enterprise', 'company'], ['支行', 'enterprise', 'company'],
  ['项目', 'project', null], ['工程', 'project', null], ['机场', 'project', null], ['基地', 'project', null],
  ['一期', 'project', null], ['二期', 'project', null], ['三期', 'project', null], ['四期', 'project', null],
  ['再生水厂', 'project', null], ['污水处理厂', 'project', null], ['水厂', 'project', null],
  ['专业合作社', 'enterprise', 'other'], ['股份经济合作社', 'enterprise', 'other'], ['合作社', 'enterprise', 'other'], ['家庭农场', 'enterprise', 'other'],
  ['安置小区', 'project', null], ['安置房', 'project', null],
  ['提升改造', 'project', null], ['改造提升', 'project', null],
  ['生产线', 'project', null], ['灌装线', 'project', null], ['产线', 'project', null], ['储能电站', 'project', null], ['充电站', 'project', null], ['变电站', 'project', null], ['电站', 'project', null],
  ['枢纽', 'project', null], ['码头', 'project', null], ['大桥', 'project', null], ['铁路', 'project', null], ['隧道', 'project', null], ['射线', 'project', null],
  ['科研大楼', 'project', null], ['大楼', 'project', null], ['新厂区', 'project', null], ['小镇', 'project', null], ['未来社区', 'project', null], ['快速路', 'project', null],
  ['国资委', 'government', 'government'], ['发改委', 'government', 'government'], ['管委会', 'government', 'government'], ['委员会', 'government', 'government'],
  ['人民政府', 'government', 'government'], ['政府', 'government', 'government'], ['局', 'government', 'government'],
  ['组织部', 'government', 'government'], ['宣传部', 'government', 'government'], ['工信部', 'government', 'government'], ['应急管理部', 'government', 'government'], ['财政部', 'government', 'government'], ['商务部', 'government', 'government'],
  ['枢纽办', 'government', 'government'], ['街道', 'government', 'government'],
]
// longest first: 枢纽办 before 枢纽, 股份有限公司 before 有限公司
const ENDING_RE = new RegExp(ENDINGS.map(([e]) => e.replace(/[()]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|'), 'y')
const ENDING = new Map(ENDINGS.map(([e, c, k]) => [e, { class: c, kind: k }]))

/**
 * Where a name cannot start: the rightmost of these in the text before an ending cuts
 * the name there (盛付祥到|嘉兴大不同食品有限公司, 嘉源集团牵手|浙江和达科技公司).
 * Verbs that also sit inside names (发展, 投资, 建设, 服务) are not here.
 */
const CUT_BEFORE = [
  '指导', '引进', '依托', '联合', '牵手', '走进', '来到', '成立', '组建', '入选', '成为', '推动', '支持', '参观', '调研', '考察', '察看', '视察', '前往', '落户', '携手', '对接', '包括', '通过', '作为', '围绕', '聚焦', '助力', '配套', '带领', '率队', '深入', '走访', '邀请', '签约', '签署', '新建', '打造', '培育', '实施', '推进', '开展', '举办', '召开', '组织', '参加', '参与', '获得', '获评', '荣获', '入驻', '进驻', '位于', '属于', '隶属', '优化', '落地', '发行', '完成', '启动', '开工', '建成', '投用', '推行', '锚定', '助推', '对标', '学习', '交流', '洽谈', '看望', '慰问', '到访', '来自', '关于', '以及', '其中', '包含', '拥有', '引入', '招引', '共建', '会同', '联手', '持续', '积极', '全力', '加快', '加速', '谋划', '齐聚', '见证', '刊发', '报道', '介绍', '表示', '指出', '强调', '认为', '获批', '审批', '批准', '申报', '评为', '成功', '顺利', '正式', '全面', '即将', '已经', '正在', '目前', '近日', '日前', '此前', '随后', '同时', '并且', '而且', '还有', '以及', '以来', '期间', '暨', '因为', '因', '全称', '紧盯', '瞄准', '供应商', '服务商', '合作伙伴', '原名', '前身是', '更名为', '力争', '确保', '争取', '计划', '预计',
  '投资建设', '开发建设', '举行', '进行', '紧扣', '做强', '做大', '做优', '企业', '单位', '机构', '所属', '下属', '旗下', '控股子公司', '全资子公司', '子公司', '季度', '重大', '重点',
  '到', '赴', '在', '由', '与', '对', '向', '把', '将', '被', '从', '于', '的', '了', '是', '为', '及', '让', '给', '等', '或', '并', '即', '着', '过', '继', '以', '们', '和',
]
const CUT_RE = new RegExp(`(?:${[...CUT_BEFORE].sort((a, b) => b.length - a.length).join('|')})`, 'g')

/** Leading words that qualify a name without being part of it. */
const LEADING_NOISE = new Set(['国家级', '省级', '市级', '区级', '县级', '全市', '我市', '本市', '全省', '我省', '全区', '全县', '全镇', '我区', '我县', '首家', '多家', '一家', '各家', '这家', '该家', '下属', '旗下', '所属', '全资', '控股', '亏损', '龙头', '优秀', '领军', '骨干', '知名', '老牌', '新兴', '首个', '首批', '一批', '大型', '当地', '相关', '有关', '其他', '主要', '重点', '重要', '年', '月', '日', '号', '个', '家', '届', '期', '批'])

/** Words that name a kind of organisation or thing; a name of only these (企业技术中心, 参建单位) is no name. */
const COUNTERS = new Set(['个', '条', '座', '项', '家', '台', '套', '批', '栋', '幢', '处', '所'])
const GENERIC = new Set([
  '企业', '单位', '机构', '平台', '部门', '品牌', '技术', '服务', '公共', '数据', '集控', '管理', '工作', '党建', '领办', '参建', '建设', '示范', '试点', '合作', '校企', '子', '分', '总', '母', '本', '该', '各', '下属', '国有', '民营', '私营', '外资', '合资', '科技', '创新', '研发', '营销', '展销', '交易', '物流', '配送', '运营', '综合', '中试', '制剂', '生产', '产业', '重大', '重点', '大', '小', '新', '老', '相关', '地方', '平台公司', '城投', '国企', '名企', '实体', '中小', '规上', '龙头', '民生', '实事', '基础设施', '数字', '智能', '人才', '招商', '亏损', '优秀', '新能源', '汽车', '商业', '社区', '专项', '信息', '指挥', '调度', '客服', '一站式', '政务', '党群', '文化', '体育', '活动', '培训', '实训', '教育', '民政', '财政', '国家', '省', '市', '区', '县', '中央', '政府', '行业', '机场', '同类', '高质量', '综合型', '新型', '科技人才', '成果', '转化', '核心', '主体', '精品', '阳光', '上市', '强村', '单体', '经济', '城建', '技改', '保障性', '租赁', '住房', '路基', '路面', '货运', '绿色', '陆路', '地面', '整体', '主营', '专业', '消费', '现代化', '便民', '功能', '重要', '城市群', '展厅', '大厅', '会客厅', '排练厅', '制造', '高端', '先进', '未来', '数字化', '标志性', '十大', '四大', '六大', '一体化', '全国', '全球', '国际', '世界', '中国', '国内', '海外', '地区', '区域', '长三角', '跨境', '电商', '担保', '融资', '金融', '投资', '贸易', '商贸', '农业', '工业', '服务业', '制造业', '产业链', '供应链', '股份', '控股', '集团', '公司', '中心', '项目', '工程', '市场', '基地', '产业园', '园区',
])

/** Words that make a “project” a campaign, a slogan or a party-building drive. */
const NOT_A_PROJECT = /党建|党组织|领办|争先|行动|活动|工作|竞赛|专项|品牌|示范|试点|创建|联建|课题|合作项目|帮扶|结对|民生实事|书记|计划|规划|工程师|廉政|清廉|教育基地/

/** Verbs that name the works of a project (改造工程, 扩建项目); any other verb before 项目 makes a phrase (询问项目). */
const BUILD_WORKS = /改造|扩建|新建|建设|提升|整治|修缮|更新|开发|升级|迁建|改建|续建|配套|提标|治理|修复|保护|利用|转化|示范|延伸|拓宽|延长|拓展|加固|维修|修缮/

/** Structures that are projects only while being built: the sentence must say so (建设, 开工, 通车 …). */
const FACILITY = new Set(['枢纽', '码头', '大桥', '铁路', '隧道', '射线', '快速路', '变电站', '电站', '充电站'])
const BUILDING = /建设|开工|动工|竣工|完工|建成|通车|投用|启用|投运|改造|扩建|新建|在建|封顶|贯通|验收|施工|攻坚/

/** Endings that also end ordinary phrases (核心工程, 消费市场): the name must hold a proper noun. */
const WEAK = new Set(['医院', '学校', '枢纽', '码头', '大桥', '铁路', '隧道', '射线', '快速路', '集团', '市场', '中心', '工厂', '基地', '工程', '产线', '生产线', '灌装线', '机场', '大厦', '大酒店', '街道', '委员会', '政府', '实验室', '银行', '交易所', '公司', '产业园', '物流园'])
/** A government bureau: 局 after what a bureau administers, not 布局 or 开局. */
const BUREAU = /(?:管理|监管|财政|税务|统计|公安|产权|农村|商务|运输|资源|环境|教育|民政|审计|保障|建设|水利|体育|文旅|旅游|卫健|健康|医保|数据|邮政|气象|海关|港航|经信|发改|广电|粮食|应急|人社|住建|规划|交通|司法|林业|海事|烟草|电力|地区管理)局$/

/** Verbs that are also the middle of names (产业发展集团, 应用技术研究院, 国贸云商控股). */
/** Short names of the big banks that jieba reads as verbs (建行 “builds”). */
const BANKS = new Set(['建行', '工行', '农行', '中行', '交行', '招行', '邮储'])
const NAME_VERBS = new Set([...BANKS, '发展', '应用', '控股', '开发', '交易', '担保', '融资', '计算', '检测', '制造', '经营', '贸易', '创新', '养殖', '服务', '建设', '投资', '运营', '管理', '孵化', '加工', '储运', '配送', '传感', '设计', '研究', '咨询', '培训', '建筑', '装饰', '印刷', '包装', '供应', '供水', '供电', '生产', '销售', '租赁', '交通', '航空', '实业', '置业'])

/** Trades and qualifiers that make “X公司” a kind of company, not a name. */
const COMPANY_GENERIC = /^(?:[市省区县])?(?:平台|国有|国营|民营|私营|上市|外资|合资|中资|子|分|总|母|该|本|各|相关|合作|参建|龙头|骨干|担保|保险|证券|银行|物业|中介|建筑|施工|设计|咨询|科技|外贸|城投|投资|融资|贸易|服务|管理|运营|科技型|实体|链主|头部|中小|小微|大型|一家|多家|两家|这家|那家|每家|首家|新|老|其他|其它|下属|所属|旗下|控股|全资|参股|关联|目标|用人|劳务|电商|物流|快递|金融|信托|基金|租赁|文化|传媒|广告|餐饮|酒店|旅游|汽车|工程|建设|开发|房地产|地产|能源|电力|燃气|水务|交通|航空|港口|铁路|公交|出租|运输|医药|化工|钢铁|纺织|服装|食品|农业|商贸|网络|互联网|软件|通信|电信|移动|联通|强村|项目|联系|经营)$/

/** Places a name may start with. */
const PLACES = new Set(['浙江', '浙江省', '嘉兴', '嘉兴市', '上海', '上海市', '杭州', '杭州市', '中国', '江苏', '海宁', '平湖', '桐乡', '海盐', '嘉善', '南湖', '秀洲', '长三角'])

const PROPER_TAGS = /^(ns|nr|nrt|nrfg|nz|nt|j|eng)$/

/** Every name in `text` with its offsets; where two readings overlap, the longer. */
export function findNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = []
  for (const m of endings(text)) {
    const limit = 0
    const ending = m[0]
    const meta = ENDING.get(ending)!
    const end = m.index + ending.length
    // 2025年度第一期公司债券: an issue number, not a phase of works
    if (/^[一二三四]期$/.test(ending) && text[m.index - 1] === '第') continue
    // …数字化工厂一期车间: a phase naming where something stands is no works of its own
    if (/^[一二三四]期$/.test(ending) && /^(?:车间|厂房|仓库|厂区|园区)/.test(text.slice(end, end + 2))) continue
    // …大桥镇, …市场化: the ending runs on into a place name or a longer word
    // (…市场主体 is no market, but 项目主体结构 is the project's own)
    if (!endsAtWordBoundary(text, m.index, end) || /^(?:城区|城市|化|份额|师|债|制|型|级|性|镇|村|乡|街道|社区|路)/.test(text.slice(end, end + 2))) continue
    if (meta.class !== 'project' && text.startsWith('主体', end)) continue
    // 专题协商会 is a meeting, not a chamber of commerce
    if (ending === '商会' && text[m.index - 1] === '协') continue
    // 欧洲市场, 国内市场: a market as a place to sell in, not a market hall
    if (ending === '市场' && /(?:全球|国际|海外|国内|欧美|欧洲|美国|日本|东南亚|中东|非洲|境外)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue
    if (ending === '市场' && tag(text.slice(Math.max(0, m.index - 4), m.index)).at(-1)?.tag.match(/^(ns|s|f)$/) && !/[市县区镇]$/.test(text.slice(0, m.index))) continue
    // 吴兴高新技术产业园区: a zone, where things are, not a park company
    if (/园$/.test(ending) && text[end] === '区') continue
    let from = m.index
    for (;;) {
      // (a digit that opens a Latin word belongs to the name: 秀洲6G通信联合实验室; a works may join two places: 广陈—新仓…工程)
      while (from > limit && ((meta.class === 'project' && text[from - 1] === '—' && /[\u4e00-\u9fff]/.test(text[from - 2] ?? '') && /[\u4e00-\u9fff]/.test(text[from] ?? '')) || !/[，,。；;：:！？!?、“”‘’「」（）()《》【】\s\d…—·/]/.test(text[from - 1]!) || (text[from - 1] === ' ' && /[A-Za-z]/.test(text[from - 2] ?? '') && /[A-Za-z]/.test(text[from] ?? '')) || (/\d/.test(text[from - 1]!) && /[A-Za-z]/.test(text[from] ?? '')))) from--
      // 芯源微科（嘉兴）半导体: a place in brackets inside a name
      const bracket = text.slice(Math.max(0, from - 10), from).match(/[\u4e00-\u9fff]{2}[（(][\u4e00-\u9fff]{2,6}[）)]$/)
      // (a provisional name, （暂定名）, is a remark, not part of the name)
      if (!bracket || /暂定|暂名|筹/.test(bracket[0])) break
      from -= bracket[0].length - 2
    }
    // 220千伏洪合变电站扩建工程, 年产5万吨高端纺织新材料项目: a rating or capacity printed in front is part of the name
    if ((meta.class === 'project' || ending === '工厂' || ending === '中心') && /^(?:万|亿)?(?:千伏|kV|万伏|GWh|MWh|GW|MW|兆瓦|千瓦|吨|台|套|辆|件|片|平方米|英寸|纳米|米)/.test(text.slice(from))) {
      const figure = text.slice(Math.max(0, from - 12), from).match(/\d+(?:\.\d+)?$/)
      if (figure) {
        from -= figure[0].length
        while (from > limit && !/[，,。；;：:！？!?、“”‘’「」（）()《》【】\s\d…—·/]/.test(text[from - 1]!)) from--
      }
    }
    // 3条自动化生产线: a counted kind of undertaking (judged below), the counter no part of a name
    const countedKind = /\d/.test(text[from - 1] ?? '') && COUNTERS.has(text[from] ?? '')
    if (countedKind) from++
    let core = text.slice(from, m.index)
    let cutAt = 0
    for (const c of core.matchAll(CUT_RE)) {
      // 浙江和达: 和 after a place name is part of the name
      if (c[0] === '和' && /(?:浙江|江苏|上海|杭州|嘉兴|[省市县区])$/.test(core.slice(0, c.index))) continue
      // 电子特气及湿化学品项目: a project may join two products
      if (c[0] === '及' && meta.class === 'project') continue
      // 国家重点实验室: a rank of laboratory is part of its name (重点项目 is no name)
      if (c[0] === '重点' && ending === '实验室' && c.index + c[0].length === core.length) continue
      cutAt = Math.max(cutAt, c.index + c[0].length)
    }
    core = core.slice(cutAt)
    // 市国资委检查集团 (a headline): a body and what it does to a firm are not the firm's name
    const body = [...core.matchAll(/国资委|发改委|管委会|委员会|政府|局/g)].at(-1)
    if (body && meta.class === 'enterprise' && /^(v|vn)$/.test(tag(core.slice(body.index + body[0].length))[0]?.tag ?? '')) core = ''
    // a facility or project named after its owner: the owner's name is not part of it
    if (!/^(?:股份有限公司|有限责任公司|有限公司|公司|控股集团|集团|分行|支行|分公司|支公司|中心支公司)$/.test(ending)) {
      const owner = [...core.matchAll(/有限公司|有限责任公司|集团|公司|研究院/g)].at(-1)
      if (owner) core = core.slice(owner.index + owner[0].length)
    } else if (!/^(?:分行|支行|分公司|支公司|中心支公司)$/.test(ending)) {
      // a legal name holds no other, a branch's aside (中国工商银行股份有限公司湖州分行) (甬川储能技术有限公司合资设立|浙江鸳湖新能源科技有限公司)
      const legal = [...core.matchAll(/有限公司|有限责任公司/g)].at(-1)
      // …except a branch named by its place after its company's name (国网浙江省电力有限公司|嘉兴|供电公司)
      const rest = legal ? core.slice(legal.index + legal[0].length) : ''
      const first = rest ? tag(rest)[0] : undefined
      const branch = first !== undefined && (PLACES.has(first.word) || /^[\u4e00-\u9fff]{2,3}[市县区]$/.test(first.word) || first.tag === 'ns')
      if (legal && !branch) core = rest
    }
    // 原嘉兴市鸳湖城市投资有限公司: the former name of an organisation is still its name
    if (/^[原前](?:浙江|嘉兴|杭州|上海|江苏|中国|[\u4e00-\u9fff]{1,3}[省市县区])/.test(core)) core = core.slice(1)
    // 六大主营市场, 一园七中心: a counted list before the ending is not part of a name
    let counted = 0
    for (const c of core.matchAll(/[一二三四五六七八九十两几数多首][大个家项批条座园区类]+/g)) counted = c.index + c[0].length
    // a name that opens with its rating or capacity (220千伏…, 年产30万吨…) starts there
    // 晟瞳光学年产3000万套…工厂: a works named by its capacity starts at it, its owner before it aside
    if ((ending === '工厂' || ending === '中心') && /.年产\d/.test(core.slice(counted))) core = core.slice(0, counted) + core.slice(counted).replace(/^.*?(?=年产\d)/, '')
    const rated = (meta.class === 'project' || ending === '工厂' || ending === '中心') && /^(?:年产)?\d/.test(core.slice(counted))
    core = rated ? core.slice(counted) : stripLeading(afterLastVerb(stripLeading(core.slice(counted)), meta.class !== 'enterprise', meta.class === 'project' ? 4 : 0))
    // 建设热电联产扩建项目: the verb that starts an undertaking is not part of its name
    if (meta.class === 'project' || ending === '中心' || ending === '工厂' || ending === '产业园') core = core.replace(/^(?:合作建设|共同建设|联合建设|共建|新建|建设|投资|实施|推进|启动|开工|打造|谋划|招引|引进|签约|负责运营|运营)+/, '')
    // 海盐港区建设|睿港冷链物流中心项目: where it is built comes before the verb, the name after it
    const placeAndVerb = /^[\u4e00-\u9fff]{2,12}?(?:投资建设|开工建设|合作建设|共同建设|新建|建设|打造)(?=[\u4e00-\u9fffA-Za-z0-9]{4,}$)/
    const builtHere = (meta.class === 'project' || ending === '中心' || ending === '工厂' || ending === '产业园') && placeAndVerb.test(core)
    if (builtHere) core = core.replace(placeAndVerb, '')
    // 生物药物中试平台制剂中心|吹灌封一体机灌装线: a line is named apart from the plant that houses it
    if (/^(?:生产线|灌装线|产线)$/.test(ending)) core = core.replace(/^.*(?:中心|平台|车间|基地|工厂)(?=[\u4e00-\u9fffA-Za-z0-9]{2,}$)/, '')
    // 嘉兴火车站导视系统提升改造: a works named by what it improves needs a proper name to be one
    if (/改造|提升$/.test(ending) && !hasProperWord(core)) continue
    // 二期主体工程: a phase named on its own points back at a works, it names none
    if (/^[一二三四五]期/.test(core)) continue
    // 投运后城西水厂…: what follows “after it opens” is the name
    core = core.replace(/^.*(?:投运|投用|建成|投产|完工|竣工|开业|通车|运行|启用)(?:以?后|之后)/, '')
    const name = core + ending
    const start = end - name.length
    // 由农产品公司开发建设的…中心, 建设其在欧洲以外的首个…中心: a facility someone builds is a project
    const built =
      (ending === '中心' || ending === '工厂' || ending === '产业园' || ending === '物流园') &&
      (builtHere ||
        rated ||
        /(?:开发建设|投资建设|建设|新建|开发|投资|打造|建成|落地)(?:的|[^，。；：]{0,12}的(?:首个|第一个|一个|新)?)?$/.test(text.slice(Math.max(0, start - 20), start)) ||
        // …智能工厂已于本月9日正式投产: what is reported started up or topped out was built
        /^[^，。；]{0,12}?(?:投产|竣工|封顶|开工|建成投用|投入使用|加快建设|加紧建设|正在建设|开工建设|在建)/.test(text.slice(end, end + 16)))
    if (!acceptable(core, ending, built ? 'project' : meta.class, name)) continue
    // 市区、桐乡至机场: a name does not end its words on a connective
    if (/[至到与和及或、]$/.test(core)) continue
    // 技术改造项目45个, 产业链项目集中签约, 养殖基地6000余亩: a kind of undertaking counted or batched, not one of them
    if (meta.class === 'project' && (countedKind || /^(?:项目|工程)?(?:\d+(?:\.\d+)?[余多]?[个项座条家批亩万亿公]|[一二三四五六七八九十两几数多]+[个项座条家批大]|集中)/.test(text.slice(end, end + 12)))) continue
    // 嘉兴南站枢纽建设, 机场快速路射线提前通车: a structure is a project where its building is reported
    if (FACILITY.has(ending) && !BUILDING.test(text.slice(Math.max(0, start - 20), end + 20))) continue
    // 机场快速路射线提前通车 but not 公路货运枢纽建设规划: a structure with no proper name must itself be reported built
    if (FACILITY.has(ending) && !hasProperWord(core) && !/^[^，。；]{0,8}?(?:建设|开工|动工|竣工|完工|建成|通车|投用|启用|投运|贯通|封顶)(?!规划|计划|目标)/.test(text.slice(end, end + 14))) continue
    found.push({ name, class: built ? 'project' : meta.class, kind: built ? null : meta.kind, start, end, evidence: built ? `ends in ${ending}, built by someone` : `ends in ${ending}` })
  }
  // 嘉兴市市场 inside 嘉兴市市场监管局: the longer reading wins
  const kept = found.filter((a) => !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start))
  for (const n of kept) {
    const declared = text.slice(n.end, n.end + 20).match(/^[（(](?:以下)?简称[“"「]?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)[”"」]?[）)]/)
    if (declared) n.shortName = declared[1]!
    // …有限公司（以下简称“…”）原名平湖…有限公司: the same organisation under its old name
    const after = text.slice(n.end).replace(/^[（(][^）)]{0,24}[）)]/, '')
    if (/^[，,]?(?:原名|曾用名|原称)/.test(after)) {
      const at = text.length - after.length + after.search(/原名|曾用名|原称/) + 2
      const former = kept.find((k) => k !== n && k.start >= at && k.start <= at + 1 && k.class === n.class)
      if (former) n.formerName = former.name
    }
  }
  // …人民医院与某大学签约共建，挂牌…附属医院: a second name hung on the same body
  for (const n of kept) {
    if (!/(?:加挂|挂牌|增挂)$/.test(text.slice(Math.max(0, n.start - 2), n.start))) continue
    const sentenceStart = Math.max(text.lastIndexOf('。', n.start), text.lastIndexOf('；', n.start)) + 1
    const same = kept.filter((k) => k !== n && k.start >= sentenceStart && k.end <= n.start && k.class === n.class && k.name.slice(-2) === n.name.slice(-2))
    if (same.length) n.secondNameOf = same[0]!.name
  }
  // …纤维项目二期: a phase of a works names the works as well
  for (const n of [...kept]) {
    const whole = n.name.slice(0, -2)
    if (n.class === 'project' && /[一二三四]期$/.test(n.name) && whole.length >= 6 && /(?:项目|工程|基地|产业园|中心|工厂|港)$/.test(whole)) {
      kept.push({ name: whole, class: 'project', kind: null, start: n.start, end: n.end - 2, evidence: `the works of which ${n.name} is a phase` })
    }
  }
  // 有限公司 and its 公司 read the same name: keep it once
  return kept.filter((a, i) => kept.findIndex((b) => b.start === a.start && b.end === a.end) === i)
}

/** Every ending at every position (overlapping: 市场 of 嘉兴市市场监管局 and its 局), the longest at each. */
function* endings(text: string): Generator<{ 0: string; index: number }> {
  for (let i = 0; i < text.length; i++) {
    ENDING_RE.lastIndex = i
    const m = ENDING_RE.exec(text)
    if (m && m.index === i) yield { 0: m[0], index: i }
  }
}

/** The ending must close a word: not 中心 of 中心城区, not 公司 of 公司债券, not 工程 of 工程师. */
function endsAtWordBoundary(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 6)
  let pos = from
  for (const w of cut(text.slice(from, Math.min(text.length, end + 4)))) {
    const wEnd = pos + w.length
    // (工程施工 is one word to jieba, but the works ends before its 施工)
    if (pos < end && wEnd > end) return /^(?:施工|建设|进度|现场)/.test(text.slice(end, wEnd))
    pos = wEnd
    if (pos >= end) break
  }
  return true
}

const NOISE_PREFIX = new RegExp(`^(?:${[...LEADING_NOISE].sort((a, b) => b.length - a.length).join('|')})`)

/** A name starts after the last verb before its ending (紧扣|嘉兴市委市政府, 物资调剂|…), verbs of names aside. */
function afterLastVerb(core: string, namesItsWork = true, minRest = 0): string {
  let pos = 0
  let cutAt = 0
  const words = tag(core)
  for (const [i, w] of words.entries()) {
    // from a place name on, a “verb” is jieba misreading a name (嘉兴中启新材料)
    if (w.tag === 'ns' || PLACES.has(w.word)) break
    pos += w.word.length
    // a verb right before a body's or a project's ending names what it does (市场监管局, 快速化改造工程); before a firm's it is a verb (迎接|集团)
    // (a project keeps a verb of its product: 一体化压铸|装备 is no name on its own)
    if (/^(v|vd)$/.test(w.tag) && w.word.length >= 2 && !NAME_VERBS.has(w.word) && (i < words.length - 1 || !namesItsWork) && core.length - pos >= minRest) cutAt = pos
  }
  return core.slice(cutAt)
}

function stripLeading(core: string): string {
  let rest = core
  for (let guard = 0; guard < 6 && rest; guard++) {
    const noise = rest.match(NOISE_PREFIX)
    if (noise && noise[0].length < rest.length) {
      rest = rest.slice(noise[0].length)
      continue
    }
    const first = tag(rest)[0]
    if (!first) break
    const drop =
      LEADING_NOISE.has(first.word) ||
      (/^(v|vd|d|ad|p|c|u|uj|ul|q|r|t|y|e|o|x)$/.test(first.tag) && !(first.tag === 'v' && (first.word.length === 1 || NAME_VERBS.has(first.word)) && rest.length >= 2)) ||
      (first.tag === 'm' && first.word.length >= 2)
    if (!drop) break
    rest = rest.slice(first.word.length)
  }
  return rest
}

function acceptable(core: string, ending: string, cls: NameClass, name: string): boolean {
  if (core.length === 0) return false
  // 镇(街道)党校: every township's, a kind of body, not one of them
  if (/^[镇乡村街道社区（）()]+$/.test(core)) return false
  if (/^[市省区县]$/.test(core)) return cls === 'government' || ending === '集团' || ending === '公司'
  if (core.length < 2) return false
  const words = tag(core)
  // 机场公司, 食品肉类公司: a group's subsidiaries go by their trade; a generic trade alone (担保公司) is no name
  // (强村公司: every village's kind of company, named by its purpose)
  if (/[子分总母]$/.test(core) || /平台$/.test(core) || /^强村$/.test(core) || /上市$/.test(core)) return false
  // 综合型现代产业集团: a description of what a group wants to be, not its name
  if (/^(?:综合型|综合性|现代化?|新型|一流|国际化|大型|全国性|区域性|高质量|世界级|千亿级|百亿级)/.test(core)) return false
  // 向产业投资集团转型: a kind of group made of ordinary words is no group's name
  const kindOfBody = ending === '集团' && words.length >= 2 && words.every((w) => GENERIC.has(w.word))
  // 联系公司, 经营公司: a verb before 公司 is what one does with a company, no company's name
  if (ending === '公司' && words.length === 1 && /^(v|vn)$/.test(words[0]!.tag)) return false
  if ((ending === '公司' || ending === '集团') && !COMPANY_GENERIC.test(core) && !kindOfBody && !words.every((w) => /^(a|d|r|m|q)$/.test(w.tag))) return true
  // 市产业集团: the city's own group, named by its level and trade
  const local = /^[市省区县]/.test(core) && core.length >= 3
  if (!local && words.every((w) => GENERIC.has(w.word) || /^[市省区县]$/.test(w.word) || /^(m|q|d|a|ad)$/.test(w.tag))) return false
  if (cls === 'project') {
    // 技术改造项目, 攻坚破解项目: trades and verbs name no undertaking
    // (single characters jieba could not join are a name it does not know: 吹灌封一体机灌装线)
    if (words.every((w) => GENERIC.has(w.word) || /^(v|vn|vd|d|ad|a|m|q)$/.test(w.tag)) && !hasUnknownRun(words)) return false
    // 精密减速器走下产线, 物流扶持基地: a verb right before the ending makes a phrase, not a name (改造工程 and 建设项目 aside)
    // (a lone character read as a verb is more often jieba misreading a place: 海盐沈荡新厂区)
    const last = words.at(-1)!
    const verbBefore = /^(v|vd)$/.test(last.tag) && last.word.length >= 2
    const verbAndDirection = last.tag === 'f' && words.length >= 2 && words.at(-2)!.tag === 'v'
    // (before 中心 a verb names what the centre does: 烘干中心, 检测中心)
    if ((verbBefore && ending !== '中心' && !NAME_VERBS.has(last.word) && !((ending === '工程' || ending === '项目') && BUILD_WORKS.test(last.word))) || verbAndDirection) return false
  }
  if (cls === 'project' && NOT_A_PROJECT.test(name)) return false
  if (/党委|党支部|党总支|工会|团委|党工委/.test(name) && cls !== 'government') return false
  if (ending === '局' && !BUREAU.test(name)) return false
  // a subsidiary, branch or head office named by its relation (城投基建类子公司) is no name
  if (/[子分总母]$/.test(core)) return false
  // a “project” of verbs and adverbs only (攻坚破解项目) names no undertaking
  if (cls === 'project' && words.every((w) => /^(v|vd|d|ad|a)$/.test(w.tag))) return false
  if (WEAK.has(ending) || cls === 'project') {
    // 市产业集团: the city's own, named by its level
    // (a works may be named by a part of town: 城北再生水厂)
    const proper = words.some((w) => PROPER_TAGS.test(w.tag) || (cls === 'project' && w.tag === 's' && w.word.length >= 2)) || hasUnknownRun(words) || /^[市省区县]/.test(core)
    // (a structure without a proper name, 机场快速路射线, must be reported as built: see findNames)
    if (!proper && !(cls === 'project' && core.length >= 4)) return false
  }
  return true
}

const hasProperWord = (core: string) => tag(core).some((w) => PROPER_TAGS.test(w.tag)) || /^[市省区县]/.test(core)

/** Two single characters in a row that jieba could not join: a name it does not know (星创, 安培). */
function hasUnknownRun(words: { word: string; tag: string }[]): boolean {
  for (let i = 1; i < words.length; i++) if (words[i - 1]!.word.length === 1 && words[i]!.word.length === 1 && !/^(u|uj|p|c)$/.test(words[i]!.tag)) return true
  return false
}

/** What remains of a phrase once the words that introduce a name are cut away (孟春华到|戴梦得). */
export function trimToName(text: string): string {
  let cutAt = 0
  for (const c of text.matchAll(CUT_RE)) cutAt = Math.max(cutAt, c.index + c[0].length)
  return afterLastVerb(stripLeading(text.slice(cutAt)))
}

/** A word for a kind of thing or a trade (银行, 保险, 企业), not a name. */
export const isGenericWord = (w: string) => GENERIC.has(w) || COMPANY_GENERIC.test(w)

/**
 * Whether a phrase reads like a proper name (a proper-noun tag, or characters jieba
 * could not join into words: 禾丰, 晶科) rather than a trade built of ordinary words
 * (面料设计, 跨境电商, 新材料).
 */
export const readsAsProperName = (text: string) => {
  const words = tag(text)
  return words.some((w) => PROPER_TAGS.test(w.tag)) || hasUnknownRun(words)
}

/** A hall, arena or mall named for what is held there (会展中心, 体育中心, 购物中心): a place, not a body. */
export const isVenue = (name: string) => /(?:会展|体育|文化|会议|博览|展览|演艺|艺术|市民|奥体|游泳|购物|商业)中心$/.test(name)
