/**
 * What the demo site has published, column by column (双鸭山市人民政府门户网站, fictional items in
 * the style of a real municipal portal). Pure data and date arithmetic: src/demo/content.ts carries
 * every item through the review (submitted by the unit's 信息员, signed at each level, published).
 *
 * Dates are relative to the seed's `now`, so a fresh demo always looks current: most columns are
 * updated within their frequency (保障时限, from the responsibility table), a handful are not —
 * 物价信息 and 市政府大事记 are late, a consultation waits past its 5 working days (网上咨询), 图片信息
 * is due in a few days, the daily columns are due tomorrow; 机构职能, 重大建设项目 and 政务信息, which the
 * table assigns to no unit, and 依申请公开 (handled in the back office) are blank.
 */

import { DAY_MS, shanghaiDateOf, shanghaiParts } from '@content-assurance/kit/shared';

export type InfoType = 'text' | 'image' | 'table' | 'audio-video';
export type LevelKey = 'section' | 'confidentiality' | 'leader-in-charge' | 'principal-leader';

/** How far an item's review has gone by `now`. */
export type Fate =
  | { kind: 'published' }
  /** Returned at a level, then corrected, resubmitted and published (two rounds in its history). */
  | { kind: 'returned-then-published'; levelKey: LevelKey; opinion: string }
  | { kind: 'draft' }
  /** In review, waiting at this level (every earlier level has signed). */
  | { kind: 'waiting'; levelKey: LevelKey }
  /** Returned to the officer with an opinion, not yet corrected. */
  | { kind: 'returned'; levelKey: LevelKey; opinion: string }
  /** Every level signed; the officer has not published it yet. */
  | { kind: 'approved' };

export interface ArticlePlan {
  /** Column path from the channel, '/'-joined (names repeat across the tree: 回复受理). */
  column: string;
  unit: string;
  title: string;
  body: string;
  /** The Beijing day of publication (or of the last step, for items still in review), days before now. */
  daysAgo: number;
  /** Beijing hour of publication (9–17). */
  hour: number;
  infoType: InfoType;
  importance: 'normal' | 'important';
  author: string;
  source: string;
  fate: Fate;
  /** A policy document (政策文件) published with its interpretation (谁起草、谁解读, 同步发布). */
  interpretation?: { title: string; body: string; format: 'text' | 'graphic' | 'video' | 'qa' };
}

export interface InquiryPlan {
  channel: 'consultation' | 'petition' | 'enterprise-complaint' | 'error-report' | 'disclosure-request' | 'survey';
  subject: string;
  content: string;
  askerName: string;
  askerContact: string;
  /** Received this many days (and hours) before now. */
  receivedDaysAgo: number;
  unit: string;
  column: string | null;
  /** The reply and how far it has gone: published (days after receipt), in review, or none yet. */
  reply: { body: string; fate: 'published'; afterDays: number } | { body: string; fate: 'waiting'; levelKey: LevelKey } | null;
}

const HOME = '主页栏目';
const OPEN = '政务公开';
const TOPIC = '部门专题专栏';
const ABOUT = '走进双鸭山';

const COUNTIES = ['集贤县政府', '友谊县政府', '宝清县政府', '饶河县政府'];
const DISTRICTS = ['尖山区政府', '岭东区政府', '四方台区政府', '宝山区政府'];

const short = (unit: string) => unit.replace(/政府$/, '');

interface Draft {
  column: string;
  unit: string;
  title: string;
  body: string;
  daysAgo: number;
  hour?: number;
  infoType?: InfoType;
  importance?: 'normal' | 'important';
  author?: string;
  source?: string;
  fate?: Fate;
  interpretation?: ArticlePlan['interpretation'];
}

const HOURS = [9, 10, 15, 11, 16, 14, 10, 9, 17, 15];
let counter = 0;
const article = (d: Draft): ArticlePlan => {
  counter += 1;
  return {
    column: d.column,
    unit: d.unit,
    title: d.title,
    body: d.body,
    daysAgo: d.daysAgo,
    hour: d.hour ?? HOURS[counter % HOURS.length],
    infoType: d.infoType ?? 'text',
    importance: d.importance ?? 'normal',
    author: d.author ?? `${short(d.unit)}信息科`,
    source: d.source ?? short(d.unit),
    fate: d.fate ?? { kind: 'published' },
    ...(d.interpretation ? { interpretation: d.interpretation } : {}),
  };
};

/** Items kept per recurring column: enough history to read as a site, few enough for a seed of seconds. */
const SERIES_LIMIT = 6;

/** A recurring column: `items` texts, newest first, one every `every` days from `latest` days ago. */
const series = (
  column: string,
  units: string[],
  latest: number,
  every: number,
  items: { title: string; body: string; infoType?: InfoType }[],
  extra: Partial<Draft> = {},
): ArticlePlan[] =>
  items.slice(0, SERIES_LIMIT).map((item, i) =>
    article({ column, unit: units[i % units.length], daysAgo: latest + i * every + (i > 0 && every >= 7 ? (i % 3) - 1 : 0), ...item, ...extra }),
  );

/** The Beijing calendar date `daysAgo` days before `now`, as parts. */
export const beijingDate = (now: Date, daysAgo: number): { year: number; month: number; day: number } => {
  const { year, month, day } = shanghaiDateOf(new Date(now.getTime() - daysAgo * DAY_MS));
  return { year, month, day };
};

/** Days from the Beijing day of `now` back to the latest month/day on or before it, minus `before` days. */
const daysBeforeLast = (now: Date, month: number, day: number, before: number): number => {
  const today = beijingDate(now, 0);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  let target = Date.UTC(today.year, month - 1, day);
  if (target > todayUtc) target = Date.UTC(today.year - 1, month - 1, day);
  return Math.round((todayUtc - target) / 86400000) + before;
};

/** The whole plan for a demo seeded at `now`. */
export const demoPlan = (now: Date): { articles: ArticlePlan[]; inquiries: InquiryPlan[] } => {
  counter = 0;
  const date = (daysAgo: number) => beijingDate(now, daysAgo);
  const md = (daysAgo: number) => {
    const d = date(daysAgo);
    return `${d.month}月${d.day}日`;
  };
  const year = date(0).year;
  /** A Beijing hour today that is already past (items of today are published before now). */
  const todayHour = Math.max(0, Math.min(17, shanghaiParts(now).hour - 1));
  const latestDaily = todayHour >= 9 ? 0 : 1;
  const articles: ArticlePlan[] = [];
  const add = (...items: ArticlePlan[]) => articles.push(...items);

  // ── 走进双鸭山: profile pages, updated once a year or when something changes ────────────────────
  const reportYear = date(daysBeforeLast(now, 7, 30, 6)).year;
  add(
    article({ column: `${ABOUT}/本市概况`, unit: '市政府办', daysAgo: daysBeforeLast(now, 7, 30, 6), title: `双鸭山市概况（${reportYear}年版）`, body: `双鸭山市位于黑龙江省东北部，辖集贤、友谊、宝清、饶河四县和尖山、岭东、四方台、宝山四区，是国家重要的煤炭、粮食和绿色食品生产基地。本页信息按${reportYear}年统计口径更新。` }),
    article({ column: `${ABOUT}/地理地貌`, unit: '市自然资源局', daysAgo: 118, title: '双鸭山市地理地貌', body: '全市地处三江平原腹地，地势西南高、东北低，西南部为完达山余脉，东北部为乌苏里江、挠力河冲积平原。' }),
    article({ column: `${ABOUT}/气候概况`, unit: '市气象局', daysAgo: 131, title: '双鸭山市气候概况', body: '属中温带大陆性季风气候，四季分明，年平均气温3.6℃左右，年降水量约550毫米，无霜期140天左右。' }),
    article({ column: `${ABOUT}/生态环境`, unit: '市生态环境局', daysAgo: 96, title: '双鸭山市生态环境概况', body: '全市森林覆盖率稳步提升，拥有挠力河、七星河等国家级自然保护区，城市环境空气质量优良天数比例保持在90%以上。' }),
    article({ column: `${ABOUT}/自然资源`, unit: '市自然资源局', daysAgo: 117, title: '双鸭山市自然资源概况', body: '全市已发现煤、铁、黄金、大理石等矿产资源，耕地面积大，黑土资源丰富，是国家商品粮基地。' }),
    article({ column: `${ABOUT}/历史沿革`, unit: '市档案馆', daysAgo: 152, title: '双鸭山市历史沿革', body: '双鸭山因境内双鸭山得名。1947年设双鸭山矿区，1956年设市，1987年实行市管县体制，形成今天“四县四区”的格局。' }),
    article({ column: `${ABOUT}/行政区划`, unit: '市民政局', daysAgo: 140, title: '双鸭山市行政区划', body: '全市辖4个县、4个市辖区，下设乡镇、街道和国有农场，详细名录与行政区划图见附件。' }),
    article({ column: `${ABOUT}/民风民俗`, unit: '市民族宗教局', daysAgo: 160, title: '双鸭山民风民俗', body: '饶河县四排赫哲族乡保留着鱼皮制作、伊玛堪说唱等传统技艺，每年举办乌日贡大会。' }),
    article({ column: `${ABOUT}/对外交流`, unit: '市政府外事办', daysAgo: 110, title: '双鸭山市对外交流与合作概况', body: '我市与俄罗斯滨海边疆区、哈巴罗夫斯克边疆区有关城市保持友好往来，饶河口岸是对俄贸易的重要通道。' }),
    article({ column: `${ABOUT}/风景名胜`, unit: '市文化广电和旅游局', daysAgo: 88, title: '双鸭山市主要风景名胜', body: '七星峰国家森林公园、安邦河国家湿地公园、乌苏里江饶河段、北大荒知青旧址等景区各具特色。', infoType: 'image' }),
    article({ column: `${ABOUT}/统计公报`, unit: '市统计局', daysAgo: daysBeforeLast(now, 4, 20, 0), title: `双鸭山市${date(daysBeforeLast(now, 4, 20, 0)).year - 1}年国民经济和社会发展统计公报`, body: '全年地区生产总值比上年增长，粮食总产量保持稳定，规模以上工业增加值、固定资产投资和社会消费品零售总额均实现增长。', infoType: 'table' }),
    article({ column: `${ABOUT}/双鸭山之最`, unit: '市档案馆', daysAgo: 150, title: '双鸭山之最', body: '最早的煤矿、最大的湿地、最长的边境线……一组数字带您了解双鸭山。' }),
    article({ column: `${ABOUT}/爱国主义基地`, unit: '市档案馆', daysAgo: 146, title: '双鸭山市爱国主义教育基地名录', body: '收录抗联遗址、北大荒开发建设纪念地等市级以上爱国主义教育基地，附开放时间和预约方式。' }),
  );

  // ── 主页栏目 ──────────────────────────────────────────────────────────────────────────────────
  add(
    ...series(`${HOME}/时政信息`, ['日报社'], latestDaily, 1, [
      { title: '市委常委会召开会议 研究部署冬季安全生产和民生保障工作', body: '会议强调，要压实各方责任，抓好煤矿、燃气、供热等重点行业领域安全监管，确保群众温暖过冬。' },
      { title: '市政府召开常务会议 研究推进重点项目建设等工作', body: '会议听取了全市重点项目推进情况汇报，要求抢抓冬季施工准备期，提前谋划明年项目开复工。' },
      { title: '我市召开冬季城市管理工作会议', body: '会议对清雪除冰、城市照明、燃气供热安全等工作作出部署，要求做到“雪停路净”。' },
      { title: '市领导调研全市供热保障工作', body: '调研组先后来到热源厂、换热站和居民家中，察看供热设施运行情况，详细了解室温达标情况。' },
      { title: '全市优化营商环境工作推进会召开', body: '会议通报了前三季度营商环境评价结果，对“高效办成一件事”改革作出安排。' },
      { title: '我市与省农投集团签署战略合作协议', body: '双方将在粮食精深加工、农业社会化服务、冷链物流等领域开展合作。' },
      { title: '市人大常委会召开第二十七次会议', body: '会议审议了市政府关于全市生态环境状况和环境保护目标完成情况的报告。' },
      { title: '市政协召开专题协商会 聚焦冰雪旅游发展', body: '委员们围绕冰雪线路打造、旅游服务提升等建言献策。' },
      { title: '全市秋粮收购工作有序开展', body: '各收储企业敞开收购，全市已收购新季玉米、水稻、大豆数十万吨。' },
      { title: '我市召开森林草原防灭火工作会议', body: '会议要求落实秋冬季防火期各项措施，严控野外火源。' },
    ]),
    ...series(`${HOME}/通知公告`, ['市应急局', '市生态环境局', '市住房城乡建设局', '市教育和体育局', '市政府办', '集贤县政府'], 3, 12, [
      { title: '关于做好元旦春节期间安全生产工作的通知', body: '各县（区）政府，市直各部门：为切实做好元旦春节期间安全生产工作，现就有关事项通知如下……' },
      { title: '关于启动重污染天气应急预案的公告', body: '根据气象条件和空气质量预测，市重污染天气应急指挥部决定启动黄色预警，请有关单位落实减排措施。' },
      { title: `关于${year}—${year + 1}年采暖期供热收费有关事项的公告`, body: '现将本采暖期供热价格、收费时间和缴费渠道公告如下。' },
      { title: '关于做好冬季中小学校安全工作的通知', body: '各县（区）教育局、市直各学校：入冬以来，道路结冰、取暖用火等安全风险增加，请切实做好防范。' },
      { title: '关于调整部分行政审批事项办理地点的公告', body: '自下月1日起，部分审批事项调整至市政务服务中心二楼办理，咨询电话0469-4222345。' },
      { title: '集贤县关于秋季禁烧秸秆的通告', body: '秋收期间全县范围内禁止露天焚烧秸秆，违者依法处理。' },
    ]),
    // due in a few days: the last picture went up five days ago
    ...series(`${HOME}/图片信息`, ['市政府办', '市文化广电和旅游局', '宝清县政府', '市生态环境局'], 5, 7, [
      { title: '图片新闻：安邦河湿地迎来候鸟迁徙季', body: '成群的白枕鹤、灰鹤在安邦河湿地停歇觅食。', infoType: 'image' },
      { title: '图片新闻：我市开展冬季消防安全演练', body: '消防救援人员在高层住宅开展灭火救援演练。', infoType: 'image' },
      { title: '图片新闻：宝清县万亩稻田喜获丰收', body: '收割机在金色稻田中往来穿梭。', infoType: 'image' },
      { title: '图片新闻：秋冬季大气污染防治专项检查', body: '执法人员检查企业脱硫脱硝设施运行情况。', infoType: 'image' },
      { title: '图片新闻：七星峰层林尽染', body: '深秋时节，七星峰国家森林公园五彩斑斓。', infoType: 'image' },
      { title: '图片新闻：市民参加全民健身运动会', body: '广场舞、健步走等项目吸引众多市民参与。', infoType: 'image' },
      { title: '图片新闻：饶河口岸货运繁忙', body: '满载大豆的货车有序通关。', infoType: 'image' },
    ]),
    ...series(`${HOME}/部门动态`, ['市生态环境局', '市医保局', '市应急局', '市水务局', '市教育和体育局', '市卫生健康委', '市市场监管局', '市民政局'], 1, 6, [
      { title: '市生态环境局开展秋冬季大气污染防治专项检查', body: '检查组对全市燃煤锅炉、建筑工地扬尘管控等情况开展现场检查，发现问题立行立改。' },
      { title: '市医保局推进异地就医直接结算扩面提质', body: '全市定点医疗机构全部开通跨省异地就医直接结算，参保群众办理备案可通过手机完成。' },
      { title: '市应急局开展煤矿安全生产明查暗访', body: '检查组深入井下作业面，重点检查通风、瓦斯防治和隐患排查治理情况。' },
      { title: '市水务局完成农村饮水安全工程冬季巡检', body: '对各县农村供水工程进行防冻检查，确保冬季供水安全。' },
      { title: '市教育和体育局举办中小学校长培训班', body: '培训围绕课后服务、校园安全、教育数字化等内容展开。' },
      { title: '市卫生健康委开展冬季呼吸道疾病防治宣传', body: '提醒市民做好个人防护，老年人和儿童按时接种疫苗。' },
      { title: '市市场监管局开展冬季燃气器具产品质量抽查', body: '抽查覆盖全市主要商场和燃气器具销售门店。' },
      { title: '市民政局部署冬季困难群众救助工作', body: '对低保、特困等困难群众开展走访，及时发放取暖救助资金。' },
      { title: '市生态环境局召开入河排污口排查整治推进会', body: '会议要求年底前完成排查溯源和分类整治。' },
      { title: '市医保局开展定点医药机构专项检查', body: '重点检查虚假住院、串换药品等违法违规行为。' },
    ]),
    ...series(`${HOME}/县域动态`, COUNTIES, 2, 7, [
      { title: '集贤县全力推进秋收秋整地工作', body: '全县组织大型农机具开展秋整地作业，为明年春播打牢基础。' },
      { title: '友谊县举办第三届农民丰收节', body: '丰收节设置了农产品展销、农机展示和文艺演出等环节。' },
      { title: '宝清县大白鹅产业带动群众增收', body: '全县建成标准化养殖基地，带动农户户均增收。' },
      { title: '饶河县推进中俄边境口岸冬季通关保障', body: '口岸部门提前做好冬季明江冰道通关准备。' },
      { title: '集贤县召开招商引资项目推进会', body: '会议逐一梳理在谈项目进展，明确责任人和时间节点。' },
      { title: '友谊县开展冬季安全生产大检查', body: '检查覆盖粮食烘干、燃气使用、人员密集场所等领域。' },
      { title: '宝清县完成农村人居环境整治秋冬季行动部署', body: '重点推进村庄清洁、厕所革命和生活垃圾治理。' },
      { title: '饶河县赫哲族文化传承基地揭牌', body: '基地将开展鱼皮画、伊玛堪说唱等非遗传承活动。' },
    ]),
    ...series(`${HOME}/区域动态`, DISTRICTS, 1, 7, [
      { title: '尖山区启动老旧小区改造冬季收尾工作', body: '全区今年改造老旧小区项目已进入收尾阶段。' },
      { title: '岭东区开展矿区沉陷区综合治理回头看', body: '对已搬迁居民的安置和就业情况进行回访。' },
      { title: '四方台区举办“红色文化进社区”活动', body: '活动通过宣讲、展览等形式弘扬抗联精神。' },
      { title: '宝山区推进城市清雪除冰机械化作业', body: '全区配备清雪机械，主干道实现机械化作业全覆盖。' },
      { title: '尖山区社区卫生服务中心开展免费体检', body: '为辖区65岁以上老年人提供免费健康体检。' },
      { title: '岭东区召开安全生产专题会议', body: '研究部署冬季煤矿和非煤矿山安全生产工作。' },
      { title: '四方台区开展冬季供暖入户走访', body: '工作人员入户测温，解决群众供暖诉求。' },
      { title: '宝山区举办就业援助专场招聘会', body: '招聘会提供岗位数百个，现场达成就业意向。' },
    ]),
    article({ column: `${HOME}/图片双鸭山`, unit: '宝清县政府', daysAgo: daysBeforeLast(now, 7, 31, 9), title: '宝清县七星峰国家森林公园夏日风光', body: '一组图片展示七星峰层峦叠翠、溪水潺潺的夏日景色。', infoType: 'image' }),
    article({ column: `${HOME}/影像双鸭山`, unit: '饶河县政府', daysAgo: daysBeforeLast(now, 7, 31, 4), title: '视频：乌苏里江畔的饶河', body: '短片记录饶河县乌苏里江沿岸风光和赫哲族渔猎文化。', infoType: 'audio-video' }),
  );

  // ── 政务公开 ──────────────────────────────────────────────────────────────────────────────────
  add(
    article({ column: `${OPEN}/领导信息/市政府领导姓名`, unit: '市政府办', daysAgo: 203, title: '市政府领导工作分工', body: '根据工作需要，现将市政府领导同志工作分工公布如下……' }),
    // 机构职能 and 重大建设项目: the table names no responsible unit — blank, as the dashboard says.
    article({
      column: `${OPEN}/公开目录/政府文件`,
      unit: '市政府办',
      daysAgo: 44,
      title: '双鸭山市进一步优化营商环境若干措施',
      body: '第一条 为持续优化营商环境，激发市场主体活力，结合我市实际，制定本措施。第二条 推行“高效办成一件事”，企业开办一日办结……',
      importance: 'important',
      author: '市政府办公室',
      source: '市政府办公室',
      interpretation: { title: '《双鸭山市进一步优化营商环境若干措施》政策解读', body: '一、制定背景 二、主要内容 三、创新举措 四、实施路径：问答形式逐条解读企业最关心的事项。', format: 'qa' },
    }),
    article({ column: `${OPEN}/公开目录/政府文件`, unit: '市生态环境局', daysAgo: 75, title: '双鸭山市秋冬季大气污染综合治理攻坚行动方案', body: '为改善秋冬季环境空气质量，市生态环境局会同有关部门制定本方案，明确燃煤污染治理、秸秆禁烧、扬尘管控等任务。' }),
    article({
      column: `${OPEN}/公开目录/政府文件`,
      unit: '市政府办',
      daysAgo: 120,
      title: '双鸭山市城乡居民基本医疗保险实施办法',
      body: '第一条 为健全城乡居民基本医疗保险制度，根据有关法律法规，结合本市实际，制定本办法……',
      importance: 'important',
      author: '市政府办公室',
      source: '市政府办公室',
      interpretation: { title: '图解：《双鸭山市城乡居民基本医疗保险实施办法》', body: '一图读懂参保对象、缴费标准、待遇水平和报销流程。', format: 'graphic' },
    }),
    article({ column: `${OPEN}/公开目录/体裁分类`, unit: '市生态环境局', daysAgo: 66, title: '市生态环境局行政权力清单（2026年调整）', body: '按照权责清单动态调整要求，公布本部门行政许可、行政处罚、行政检查等事项。', infoType: 'table' }),
    article({ column: `${OPEN}/信息公开指南/市直各部门名称`, unit: '市生态环境局', daysAgo: 190, title: '市生态环境局政府信息公开指南', body: '本指南说明本机关主动公开的范围、依申请公开的受理机构、办公地址、办公时间和联系电话。' }),
    article({ column: `${OPEN}/信息公开制度`, unit: '市政府办', daysAgo: 214, title: '双鸭山市政府信息公开工作制度', body: '包括信息公开保密审查、依申请公开办理、信息发布协调等制度。' }),
    article({ column: `${OPEN}/信息公开年报`, unit: '市政府办', daysAgo: daysBeforeLast(now, 1, 31, 5), title: `双鸭山市人民政府${date(daysBeforeLast(now, 1, 31, 5)).year - 1}年政府信息公开工作年度报告`, body: '本报告依据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开、依申请公开、行政复议和诉讼、存在问题及改进情况等。', infoType: 'table' }),
    article({ column: `${OPEN}/信息公开年报`, unit: '市生态环境局', daysAgo: daysBeforeLast(now, 3, 31, 6), title: `市生态环境局${date(daysBeforeLast(now, 3, 31, 6)).year - 1}年政府信息公开工作年度报告`, body: '现公布本局上年度政府信息公开工作情况。', infoType: 'table' }),
    article({ column: `${OPEN}/政府工作报告`, unit: '市政府办', daysAgo: daysBeforeLast(now, 2, 20, 0), title: `${date(daysBeforeLast(now, 2, 20, 0)).year}年双鸭山市人民政府工作报告`, body: '过去一年，全市经济运行稳中有进，民生福祉持续增进。今年政府工作的总体要求和主要预期目标是……', importance: 'important' }),
    article({ column: `${OPEN}/重点领域/财政资金`, unit: '市财政局', daysAgo: 200, title: `双鸭山市${year}年市本级预算公开`, body: '公开市本级一般公共预算、政府性基金预算、国有资本经营预算及“三公”经费预算。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/财政资金`, unit: '市财政局', daysAgo: 140, title: `双鸭山市${year - 1}年市本级决算公开`, body: '公开上年度市本级财政决算及说明。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/公共资源配置`, unit: '市公共资源交易中心', daysAgo: 9, title: '双鸭山市第四季度国有建设用地使用权挂牌出让公告', body: '经市人民政府批准，市自然资源局决定以挂牌方式出让国有建设用地使用权，现将有关事项公告如下。' }),
    article({ column: `${OPEN}/重点领域/公共资源配置`, unit: '市住房城乡建设局', daysAgo: 30, title: '市本级公共租赁住房配租结果公示', body: '经审核，现将本批次公共租赁住房配租结果予以公示，公示期7天。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/环境保护`, unit: '市生态环境局', daysAgo: 6, title: `双鸭山市${date(40).month}月环境空气质量状况`, body: '全市环境空气质量优良天数比例为93.3%，主要污染物为PM2.5。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/环境保护`, unit: '市生态环境局', daysAgo: 36, title: `双鸭山市${date(70).month}月环境空气质量状况`, body: '全市环境空气质量优良天数比例为96.7%。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/食品药品安全`, unit: '市市场监管局', daysAgo: 16, title: '市市场监管局关于食品安全监督抽检情况的通告', body: '本期抽检食品样品数百批次，合格率98%以上，不合格产品已依法处置。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/政府网站年度报表`, unit: '市政府办', daysAgo: daysBeforeLast(now, 1, 31, 3), title: `双鸭山市人民政府门户网站${date(daysBeforeLast(now, 1, 31, 3)).year - 1}年工作年度报表`, body: '按照《政府网站与政务新媒体工作年度报表》格式，公布网站访问量、信息发布、互动交流等情况。', infoType: 'table' }),
    article({ column: `${OPEN}/重点领域/社会公益事业建设`, unit: '市民政局', daysAgo: 12, title: '双鸭山市城乡最低生活保障标准调整公告', body: '自本年度起，城市低保标准和农村低保标准分别提高。' }),
    article({ column: `${OPEN}/重点领域/社会公益事业建设`, unit: '市教育和体育局', daysAgo: 50, title: '全市义务教育学校招生入学工作实施方案', body: '坚持免试就近入学，公布各学校施教区划分。' }),
    article({ column: `${OPEN}/其他领域/信用建设`, unit: '市营商环境局', daysAgo: 22, title: '双鸭山市社会信用体系建设工作要点', body: '推进信用修复、守信激励和失信惩戒，优化信用环境。' }),
    article({ column: `${OPEN}/其他领域/安全生产`, unit: '市应急局', daysAgo: 8, title: '市安委会办公室关于近期安全生产事故警示的通报', body: '近期外地发生多起燃气爆炸事故，请各地各部门引以为戒，立即开展隐患排查。' }),
    article({ column: `${OPEN}/其他领域/科技信息`, unit: '市科技局', daysAgo: 27, title: `${year}年度市级科技计划项目立项公示`, body: '经专家评审，拟立项项目名单公示如下，公示期5个工作日。', infoType: 'table' }),
    article({ column: `${OPEN}/规划计划`, unit: '市发展改革委', daysAgo: daysBeforeLast(now, 3, 5, 0), title: '双鸭山市国民经济和社会发展第十五个五年规划纲要', body: '纲要提出了未来五年全市经济社会发展的主要目标、重点任务和保障措施。', importance: 'important' }),
    article({ column: `${OPEN}/规划计划`, unit: '市发展改革委', daysAgo: daysBeforeLast(now, 2, 25, 0), title: `双鸭山市${date(daysBeforeLast(now, 2, 25, 0)).year}年国民经济和社会发展计划`, body: '本年度全市经济社会发展的主要预期目标和重点工作安排。' }),
    article({ column: `${OPEN}/统计信息`, unit: '市统计局', daysAgo: 18, title: `${date(48).month}月份全市主要经济指标`, body: '规模以上工业增加值、固定资产投资、社会消费品零售总额等主要指标完成情况。', infoType: 'table' }),
    article({ column: `${OPEN}/统计信息`, unit: '市统计局', daysAgo: 48, title: `${date(78).month}月份全市主要经济指标`, body: '主要经济指标运行平稳。', infoType: 'table' }),
    article({ column: `${OPEN}/政策法规`, unit: '市生态环境局', daysAgo: 33, title: '双鸭山市生态环境违法行为举报奖励办法', body: '为鼓励公众参与生态环境保护，对查证属实的举报给予奖励。' }),
    article({ column: `${OPEN}/政策法规`, unit: '市医保局', daysAgo: 80, title: '关于进一步做好门诊慢特病保障工作的通知', body: '调整门诊慢特病病种范围和待遇标准。' }),
    article({ column: `${OPEN}/政策解读`, unit: '市生态环境局', daysAgo: 32, title: '一图读懂《双鸭山市生态环境违法行为举报奖励办法》', body: '举报范围、奖励标准、举报方式一图看懂。', infoType: 'image' }),
    article({ column: `${OPEN}/政策解读`, unit: '市医保局', daysAgo: 79, title: '门诊慢特病待遇调整问答', body: '哪些病种纳入门诊慢特病？如何申请认定？报销比例是多少？' }),
    article({ column: `${OPEN}/建设项目信息公示`, unit: '市生态环境局', daysAgo: 4, title: '建设项目环境影响评价文件受理情况公示（第二十二期）', body: '现对以下建设项目环境影响报告表受理情况予以公示，公示期10个工作日。', infoType: 'table' }),
    article({ column: `${OPEN}/建设项目信息公示`, unit: '市生态环境局', daysAgo: 25, title: '建设项目环境影响评价文件拟审批公示（第二十一期）', body: '拟对以下建设项目作出审批意见，公示期5个工作日。', infoType: 'table' }),
    // late: the 大事记 of last month was never sent
    article({ column: `${OPEN}/市政府大事记`, unit: '市政府办', daysAgo: 41, title: `双鸭山市政府大事记（${date(50).month}月）`, body: '本月市政府重要会议、重要活动和重要公文发布情况。' }),
    article({ column: `${OPEN}/市政府大事记`, unit: '市政府办', daysAgo: 71, title: `双鸭山市政府大事记（${date(80).month}月）`, body: '本月市政府重要会议、重要活动和重要公文发布情况。' }),
    article({ column: `${OPEN}/政府公报`, unit: '市政府办', daysAgo: 20, title: `双鸭山市人民政府公报（${year}年第5期）`, body: '本期刊登市政府规范性文件、人事任免等内容。' }),
    article({ column: `${OPEN}/政府公报`, unit: '市政府办', daysAgo: 82, title: `双鸭山市人民政府公报（${year}年第4期）`, body: '本期刊登市政府文件和市政府办公室文件。' }),
    article({ column: `${OPEN}/涉企信息专栏`, unit: '集贤县政府', daysAgo: 14, title: '集贤县涉企优惠政策汇编', body: '汇集税费减免、融资担保、用地保障等惠企政策。' }),
    article({ column: `${OPEN}/涉企信息专栏`, unit: '宝清县政府', daysAgo: 45, title: '宝清县关于开展企业家接待日活动的通知', body: '每月第一个周三县领导接待企业家，现场协调解决问题。' }),
  );
  // late: 物价信息 is weekly and its last report is 11 days old
  add(
    ...series(`${OPEN}/其他领域/物价信息`, ['市发展改革委'], 11, 7, [
      { title: '双鸭山市主要农副产品价格周报（第46期）', body: '本周粮油价格平稳，蔬菜价格受降温影响小幅上涨，猪肉价格略降。', infoType: 'table' },
      { title: '双鸭山市主要农副产品价格周报（第45期）', body: '本周市场供应充足，价格总体平稳。', infoType: 'table' },
      { title: '双鸭山市主要农副产品价格周报（第44期）', body: '本周鸡蛋价格小幅回落，蔬菜价格基本稳定。', infoType: 'table' },
      { title: '双鸭山市主要农副产品价格周报（第43期）', body: '本周新米上市，大米价格略有下降。', infoType: 'table' },
    ]),
  );

  // ── 部门专题专栏: a topic with no update for 7 days is withdrawn (003 art. 21) ─────────────────
  const topic = (name: string, unit: string, latest: number, items: [string, string][]) =>
    series(`${TOPIC}/${name}`, [unit], latest, 6, items.map(([title, body]) => ({ title, body })));
  add(
    ...topic('旅游风光', '市文化广电和旅游局', 1, [
      ['冰雪季来双鸭山：七条冬季精品旅游线路发布', '线路串联滑雪场、冰雪乐园、温泉和赫哲族民俗村。'],
      ['安邦河湿地观鸟攻略', '最佳观鸟时间、观鸟点位和注意事项。'],
      ['七星峰红叶正当时', '七星峰国家森林公园进入最佳观赏期。'],
      ['饶河大顶子山登山节开幕', '登山节吸引省内外游客参与。'],
    ]),
    ...topic('财政局专栏', '市财政局', 2, [['市财政局开展预算绩效管理培训', '培训覆盖市直各预算单位。'], ['政府采购意向公开（第四季度）', '公开市直单位第四季度政府采购意向。']]),
    ...topic('司法局专栏', '市司法局', 3, [['“宪法宣传周”活动安排', '组织开展宪法进机关、进校园、进社区活动。'], ['公共法律服务热线12348服务指南', '提供法律咨询、法律援助申请指引。']]),
    ...topic('环保专栏', '市生态环境局', 2, [['秋冬季大气污染防治知识问答', '什么是重污染天气？公众如何做好防护？'], ['生态环境执法典型案例通报', '公布近期查处的典型环境违法案例。']]),
    ...topic('公安局专栏', '市公安局', 1, [['冬季道路交通安全提示', '雪天路滑，请减速慢行、保持车距。'], ['户籍业务“跨省通办”指南', '可跨省办理的户籍业务清单和办理方式。']]),
    ...topic('医保专栏', '市医保局', 4, [[`${year + 1}年度城乡居民医保集中缴费开始`, '缴费标准、缴费渠道和截止时间。'], ['医保电子凭证使用指南', '激活、就医购药扫码结算一步到位。']]),
    ...topic('档案史志专栏', '市档案馆', 2, [['馆藏珍档：北大荒开发建设老照片', '一组老照片再现当年垦荒岁月。'], ['《双鸭山年鉴》编纂工作启动', '征集上年度各单位年鉴资料。']]),
    ...topic('水务局专栏', '市水务局', 3, [['冬季供水管网防冻提示', '请居民做好室外水表和管道保温。'], ['河湖长制工作简报（第十期）', '各级河长巡河情况和问题整改进度。']]),
    ...topic('科技局专栏', '市科技局', 2, [['科技型中小企业评价入库工作提示', '符合条件的企业可登录平台自评。'], ['科技特派员服务乡村振兴纪实', '科技特派员深入田间地头开展技术指导。']]),
    ...topic('城管局专栏', '市城管局', 1, [['冬季清雪作业安排', '公布主次干道清雪责任单位和作业时间。'], ['城市管理“721”工作法实践', '以服务为主、管理为辅、执法为补。']]),
    ...topic('应急管理专栏', '市应急局', 2, [['冬季家庭防火“十不要”', '不要私拉乱接电线，不要在室内为电动车充电……'], ['应急避难场所分布图', '公布市区应急避难场所位置和容量。']]),
    ...topic('自然资源专栏', '市自然资源局', 3, [['不动产登记“一窗受理”服务指南', '办理材料、流程和时限。'], ['耕地保护宣传月活动', '守住耕地红线，保护黑土地。']]),
    ...topic('优化营商环境专栏', '市营商环境局', 1, [['“高效办成一件事”第三批事项清单', '新增企业信息变更、员工录用等事项。'], ['营商环境监督员聘任公告', '聘请企业代表担任营商环境监督员。']]),
    ...topic('消防专栏', '消防支队', 2, [['冬春火灾防控“十个严禁”', '严禁占用堵塞疏散通道……'], ['消防安全培训进企业', '为企业员工讲解灭火器使用和疏散逃生。']]),
    ...topic('金融服务专栏', '市金融服务中心', 4, [['银企对接会成功举办', '现场签约融资项目多个。'], ['防范非法集资宣传', '守住“钱袋子”，远离非法集资。']]),
    ...topic('电商信息', '市电商服务中心', 3, [['双鸭山好物直播节启动', '本地大米、大豆、蜂蜜等特色农产品线上销售。'], ['农村电商服务站点名录', '公布各乡镇电商服务站点地址。']]),
    ...topic('招商引资', '市经合局', 2, [['双鸭山市重点招商项目推介', '涵盖煤化工、绿色食品、新能源等领域。'], ['招商引资优惠政策汇编', '土地、税收、人才等支持政策。']]),
    ...topic('争创全国双拥模范城', '市退役军人事务局', 3, [['“双拥进军营”慰问活动', '市领导带队走访慰问驻双部队官兵。'], ['双拥模范城创建工作推进会召开', '对照创建标准逐项查摆短板。']]),
    ...topic('气象专栏', '市气象局', latestDaily, [
      [`${md(latestDaily)}天气预报`, '今天白天多云，西北风3到4级，气温零下12℃到零下3℃。'],
      [`${md(latestDaily + 1)}天气预报`, '晴间多云，气温零下14℃到零下5℃，早晚注意防寒。'],
      [`${md(latestDaily + 2)}天气预报`, '阴有小雪，道路湿滑，请注意交通安全。'],
    ]).map((plan, i) => ({ ...plan, daysAgo: latestDaily + i })),
    ...series(`${TOPIC}/芳草地`, ['日报社'], 2, 7, [
      { title: '散文：乌苏里江的冬天', body: '江面封冻，渔家的炊烟在雪原上升起……' },
      { title: '散文：父亲的麦田', body: '那一年秋天，父亲站在麦田边……' },
      { title: '随笔：安邦河边的晨光', body: '清晨的安邦河雾气氤氲……' },
    ]),
    ...series(`${TOPIC}/安邦河文学`, ['市文联'], 3, 7, [
      { title: '诗歌：七星峰', body: '山的脊梁托起北方的天空……' },
      { title: '小说连载：煤城往事（三）', body: '矿灯的光亮照着巷道深处……' },
      { title: '诗歌：黑土地', body: '每一粒种子都记得春天的约定……' },
    ]),
  );

  // ── 互动交流: monthly summaries of the replies, and the consultation platform ────────────────
  add(
    ...series('互动交流/信访信箱/回复受理', ['市信访局'], 7, 30, [
      { title: `市长信箱来信办理情况公示（${date(10).month}月）`, body: '本月共受理来信，均已按期办结，现将部分来信及回复公开如下。' },
      { title: `市长信箱来信办理情况公示（${date(40).month}月）`, body: '本月来信主要集中在供热、物业和就业等方面。' },
    ]),
    article({ column: '互动交流/网上咨询/回复受理', unit: '市医保局', daysAgo: 5, title: '网上咨询选登：异地就医备案如何办理', body: '问：父亲长期在外省居住，如何办理异地就医备案？答：可通过国家医保服务平台APP在线办理。' }),
    article({ column: '互动交流/网上咨询/回复受理', unit: '市生态环境局', daysAgo: 26, title: '网上咨询选登：夜间施工噪声扰民如何投诉', body: '问：小区旁工地夜间施工噪声很大，向哪里反映？答：可拨打12345或向属地生态环境部门举报。' }),
    ...series('互动交流/企业投诉/回复受理', ['市营商环境局'], 9, 30, [
      { title: `企业投诉办理情况通报（${date(12).month}月）`, body: '本月受理企业投诉，办结率100%，企业满意率98%。' },
      { title: `企业投诉办理情况通报（${date(42).month}月）`, body: '本月受理企业投诉主要涉及审批时限、涉企收费等问题。' },
    ]),
    article({ column: '互动交流/民意征集平台', unit: '市生态环境局', daysAgo: 35, title: '《双鸭山市生态环境违法行为举报奖励办法（征求意见稿）》公开征求意见', body: '即日起至下月10日，欢迎社会各界提出意见建议。', fate: { kind: 'published' } }),
    article({ column: '互动交流/民意征集平台', unit: '市住房城乡建设局', daysAgo: 62, title: '《双鸭山市物业管理办法（征求意见稿）》公开征求意见', body: '为规范物业管理活动，现向社会公开征求意见。' }),
  );

  // ── in the review right now: every reviewer of 市生态环境局 and of 集贤县 has something waiting ──────
  const sthj = '市生态环境局';
  add(
    article({ column: `${HOME}/部门动态`, unit: sthj, daysAgo: 0, title: '市生态环境局开展冬季燃煤锅炉专项执法检查', body: '执法人员对全市在用燃煤锅炉开展专项检查，重点检查污染治理设施运行情况。', fate: { kind: 'waiting', levelKey: 'section' } }),
    article({ column: `${OPEN}/重点领域/环境保护`, unit: sthj, daysAgo: 0, title: `双鸭山市${date(10).month}月环境空气质量状况`, body: '全市环境空气质量优良天数比例为90.0%，主要污染物为PM2.5、PM10。', infoType: 'table', fate: { kind: 'waiting', levelKey: 'confidentiality' } }),
    article({ column: `${TOPIC}/环保专栏`, unit: sthj, daysAgo: 1, title: '生态环境保护督察反馈问题整改进展', body: '截至目前，督察反馈问题已完成整改大部分，其余问题正按时序推进。', fate: { kind: 'waiting', levelKey: 'leader-in-charge' } }),
    article({ column: `${OPEN}/政策法规`, unit: sthj, daysAgo: 1, title: '双鸭山市重污染天气应急预案（2026年修订）', body: '本预案明确了预警分级、应急响应措施和部门职责。', importance: 'important', fate: { kind: 'waiting', levelKey: 'principal-leader' } }),
    article({ column: `${OPEN}/建设项目信息公示`, unit: sthj, daysAgo: 2, title: '建设项目环境影响评价文件审批决定公告（第二十三期）', body: '现将以下建设项目环境影响评价文件审批决定予以公告。', infoType: 'table', fate: { kind: 'returned', levelKey: 'confidentiality', opinion: '附件中含企业联系人手机号码，请删除个人信息后重新报送。' } }),
    article({ column: `${HOME}/通知公告`, unit: sthj, daysAgo: 1, title: '关于开展第二次全国污染源普查成果应用的通知', body: '请各有关单位做好普查成果的应用和数据更新。', fate: { kind: 'approved' } }),
    article({ column: `${HOME}/部门动态`, unit: sthj, daysAgo: 0, title: '市生态环境局召开全市生态环境系统工作调度会', body: '（草稿）会议总结今年工作，安排明年重点任务。', fate: { kind: 'draft' } }),
    article({ column: `${HOME}/部门动态`, unit: sthj, daysAgo: 15, title: '市生态环境局完成年度饮用水水源地环境状况评估', body: '全市集中式饮用水水源地水质达标率100%。', fate: { kind: 'returned-then-published', levelKey: 'section', opinion: '“达标率”请注明统计时段和数据来源。' } }),
    article({ column: `${HOME}/县域动态`, unit: '集贤县政府', daysAgo: 0, title: '集贤县开展冬季农村消防安全检查', body: '全县组织对农村独居老人、留守儿童家庭开展消防安全检查。', fate: { kind: 'waiting', levelKey: 'section' } }),
    article({ column: `${HOME}/县域动态`, unit: '集贤县政府', daysAgo: 1, title: '集贤县全力推进秋收秋整地工作', body: '全县组织农机具开展秋收秋整地作业。', fate: { kind: 'returned', levelKey: 'section', opinion: '标题与上月稿件重复，请补充本周进展和具体数据。' } }),
  );

  // ── 留言: most answered in time; one consultation waits past its 5 working days ─────────────────
  const inquiries: InquiryPlan[] = [
    { channel: 'consultation', subject: '异地就医备案如何办理？', content: '我父亲长期在外省居住，想咨询异地就医备案的办理流程和所需材料。', askerName: '刘先生', askerContact: '13800000001', receivedDaysAgo: 9, unit: '市医保局', column: '互动交流/网上咨询/回复受理', reply: { body: '您好！异地长期居住人员可通过国家医保服务平台APP或到市医保服务大厅办理备案，需提供身份证和居住证明。', fate: 'published', afterDays: 2 } },
    { channel: 'consultation', subject: '夜间施工噪声扰民向哪里反映？', content: '我家小区旁边的工地每天夜里十一点以后还在施工，严重影响休息。', askerName: '王女士', askerContact: '13800000002', receivedDaysAgo: 30, unit: '市生态环境局', column: '互动交流/网上咨询/回复受理', reply: { body: '您好！经核查，该工地未办理夜间施工许可，我局已责令其停止夜间施工并依法立案调查。', fate: 'published', afterDays: 3 } },
    { channel: 'consultation', subject: '灵活就业人员如何缴纳城乡居民医保？', content: '我是灵活就业人员，想了解明年的医保缴费标准和缴费渠道。', askerName: '陈先生', askerContact: '13800000004', receivedDaysAgo: 16, unit: '市医保局', column: '互动交流/网上咨询/回复受理', reply: { body: '您好！可通过“龙江税务”APP或银行柜台缴纳，具体标准请见医保专栏公告。', fate: 'published', afterDays: 4 } },
    // overdue: received two weeks ago, the reply is still waiting for its confidentiality review
    { channel: 'consultation', subject: '冬季供热不达标怎么办？', content: '我家室温只有十四度，多次向物业反映未解决，请问应向哪个部门投诉？', askerName: '李女士', askerContact: '13800000005', receivedDaysAgo: 14, unit: '市住房城乡建设局', column: '互动交流/网上咨询/回复受理', reply: { body: '您好！我局已责成供热企业入户检测，并对管网进行排查，请您保持电话畅通。', fate: 'waiting', levelKey: 'confidentiality' } },
    { channel: 'consultation', subject: '新生儿落户需要哪些材料？', content: '孩子刚出生，想咨询落户需要准备哪些材料，能否网上办理。', askerName: '张先生', askerContact: '13800000006', receivedDaysAgo: 1, unit: '市公安局', column: '互动交流/网上咨询/回复受理', reply: null },
    { channel: 'error-report', subject: '首页“图片双鸭山”栏目链接无法打开', content: '点击首页“图片双鸭山”后页面显示404。', askerName: '赵女士', askerContact: 'zhao@example.com', receivedDaysAgo: 20, unit: '市政府办', column: '互动交流/网上咨询/回复受理', reply: { body: '感谢您的指正！链接错误已修复，“图片双鸭山”栏目现可正常访问。', fate: 'published', afterDays: 2 } },
    { channel: 'disclosure-request', subject: '申请公开2025年度部门预算执行情况', content: '依据《政府信息公开条例》，申请公开市财政局2025年度部门预算执行情况。', askerName: '孙先生', askerContact: '13800000003', receivedDaysAgo: 25, unit: '市财政局', column: `${OPEN}/依申请公开`, reply: { body: '您申请公开的信息属于主动公开范围，已在“重点领域—财政资金”栏目公开，请查阅。', fate: 'published', afterDays: 8 } },
    { channel: 'enterprise-complaint', subject: '企业开办手续办理时间过长', content: '我公司申请开办已超过5个工作日仍未办结，请协调。', askerName: '某商贸有限公司', askerContact: '0469-4200000', receivedDaysAgo: 3, unit: '市营商环境局', column: '互动交流/企业投诉/回复受理', reply: { body: '您反映的问题已转市市场监管局核查，我们将在3个工作日内反馈办理结果。', fate: 'waiting', levelKey: 'section' } },
    { channel: 'enterprise-complaint', subject: '涉企检查过多影响正常经营', content: '今年以来我公司接受各类检查十余次，能否统一安排？', askerName: '某食品有限公司', askerContact: '0469-4211111', receivedDaysAgo: 40, unit: '市营商环境局', column: '互动交流/企业投诉/回复受理', reply: { body: '我市已推行“综合查一次”，同一企业的多项检查合并进行，您反映的情况已协调有关部门。', fate: 'published', afterDays: 5 } },
    { channel: 'petition', subject: '老旧小区改造后排水不畅', content: '小区改造后雨水井堵塞，下雨时积水严重。', askerName: '周先生', askerContact: '13800000007', receivedDaysAgo: 35, unit: '市信访局', column: '互动交流/信访信箱/回复受理', reply: { body: '经转市住房城乡建设局现场勘查，已安排施工单位疏通改造雨水管网，目前已完工。', fate: 'published', afterDays: 6 } },
  ];

  return { articles, inquiries };
};
