import type { Core } from '@strapi/strapi';

/**
 * A handful of sample items so every screen has something to show: published and draft articles,
 * a policy document with its interpretation, inquiries with and without replies.
 */
const DAY = 24 * 60 * 60 * 1000;

type Ids = Map<string, string>;

const byName = async (strapi: Core.Strapi, uid: 'api::unit.unit' | 'api::column.column'): Promise<Ids> => {
  const rows = (await strapi.documents(uid).findMany({ fields: ['name'], limit: -1 } as never)) as unknown as {
    documentId: string;
    name: string;
  }[];
  // Column names repeat across the tree (环境保护); the first, in creation order, is the one meant here.
  const ids: Ids = new Map();
  for (const row of rows) if (!ids.has(row.name)) ids.set(row.name, row.documentId);
  return ids;
};

const need = (ids: Ids, name: string): string => {
  const id = ids.get(name);
  if (!id) throw new Error(`Demo content refers to a missing record: ${name}`);
  return id;
};

export interface DemoContentResult {
  articles: number;
  interpretations: number;
  inquiries: number;
  replies: number;
}

export const seedDemoContent = async (strapi: Core.Strapi, now: Date): Promise<DemoContentResult> => {
  const units = await byName(strapi, 'api::unit.unit');
  const columns = await byName(strapi, 'api::column.column');
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();
  const date = (n: number) => daysAgo(n).slice(0, 10);

  const created: DemoContentResult = { articles: 0, interpretations: 0, inquiries: 0, replies: 0 };
  const articles = strapi.documents('api::article.article');
  const article = async (data: Record<string, unknown>, publish: boolean) => {
    const doc = await articles.create({ data: data as never, ...(publish ? { status: 'published' as const } : {}) });
    created.articles += 1;
    return doc;
  };

  await article(
    {
      title: '我市召开第四季度经济运行调度会议',
      body: '会议听取了各县（区）和市直有关部门经济运行情况汇报，部署第四季度重点工作。',
      column: need(columns, '时政信息'),
      submittingUnit: need(units, '日报社'),
      author: '日报社记者',
      source: '双鸭山日报',
      writtenAt: date(2),
      infoType: 'text',
      importance: 'important',
    },
    true,
  );
  await article(
    {
      title: '关于做好元旦春节期间安全生产工作的通知',
      body: '各县（区）政府，市直各部门：为切实做好元旦春节期间安全生产工作，现就有关事项通知如下……',
      column: need(columns, '通知公告'),
      submittingUnit: need(units, '市应急局'),
      author: '市应急局办公室',
      source: '市应急局',
      writtenAt: date(5),
      infoType: 'text',
    },
    true,
  );
  await article(
    {
      title: '市生态环境局开展秋冬季大气污染防治专项检查',
      body: '为改善冬季空气质量，市生态环境局组织开展大气污染防治专项检查。',
      column: need(columns, '部门动态'),
      submittingUnit: need(units, '市生态环境局'),
      author: '市生态环境局信息员',
      source: '市生态环境局',
      writtenAt: date(8),
      infoType: 'image',
    },
    true,
  );
  const policy = await article(
    {
      title: '双鸭山市进一步优化营商环境若干措施',
      body: '第一条 为持续优化营商环境，激发市场主体活力，制定本措施……',
      column: need(columns, '政府文件'),
      submittingUnit: need(units, '市营商环境局'),
      author: '市营商环境局',
      source: '市政府办公室',
      writtenAt: date(20),
      infoType: 'text',
      importance: 'important',
      isPolicyDocument: true,
      needsInterpretation: true,
    },
    true,
  );
  await article(
    {
      title: '集贤县全力推进秋收秋整地工作',
      body: '（草稿）集贤县组织农机具开展秋收秋整地作业。',
      column: need(columns, '县域动态'),
      submittingUnit: need(units, '集贤县政府'),
      author: '集贤县政府信息员',
      source: '集贤县政府',
      writtenAt: date(1),
      infoType: 'text',
    },
    false,
  );
  await article(
    {
      title: '本周天气趋势预报',
      body: '本周我市以晴间多云天气为主，周中有一次降雪过程。',
      column: need(columns, '气象专栏'),
      submittingUnit: need(units, '市气象局'),
      author: '市气象台',
      source: '市气象局',
      writtenAt: date(1),
      infoType: 'text',
    },
    true,
  );

  await strapi.documents('api::interpretation.interpretation').create({
    data: {
      title: '《双鸭山市进一步优化营商环境若干措施》政策解读',
      body: '一、制定背景 …… 二、主要内容 …… 三、实施路径 ……',
      policyArticle: policy.documentId,
      format: 'qa',
      draftingUnit: need(units, '市营商环境局'),
    } as never,
    status: 'published',
  });
  created.interpretations += 1;

  const inquiries = strapi.documents('api::inquiry.inquiry');
  const inquiry = async (data: Record<string, unknown>) => {
    const doc = await inquiries.create({ data: data as never });
    created.inquiries += 1;
    return doc;
  };
  const answered = await inquiry({
    channel: 'consultation',
    subject: '异地就医备案如何办理？',
    content: '我父亲长期在外省居住，想咨询异地就医备案的办理流程和所需材料。',
    askerName: '刘先生',
    askerContact: '13800000001',
    receivedAt: daysAgo(6),
    assignedUnit: need(units, '市医保局'),
    column: need(columns, '网上咨询'),
    status: 'replied',
  });
  await inquiry({
    channel: 'error-report',
    subject: '首页“图片双鸭山”栏目链接无法打开',
    content: '点击首页“图片双鸭山”后页面显示404。',
    askerName: '赵女士',
    askerContact: 'zhao@example.com',
    receivedAt: daysAgo(4),
    assignedUnit: need(units, '市政府办'),
    status: 'assigned',
  });
  await inquiry({
    channel: 'disclosure-request',
    subject: '申请公开2025年度部门预算执行情况',
    content: '依据《政府信息公开条例》，申请公开市财政局2025年度部门预算执行情况。',
    askerName: '孙先生',
    askerContact: '13800000003',
    receivedAt: daysAgo(10),
    assignedUnit: need(units, '市财政局'),
    column: need(columns, '依申请公开'),
    status: 'assigned',
  });
  const complaint = await inquiry({
    channel: 'enterprise-complaint',
    subject: '企业开办手续办理时间过长',
    content: '我公司申请开办已超过5个工作日仍未办结，请协调。',
    askerName: '某商贸有限公司',
    askerContact: '0469-4200000',
    receivedAt: daysAgo(3),
    assignedUnit: need(units, '市营商环境局'),
    column: need(columns, '企业投诉'),
    status: 'assigned',
  });

  const replies = strapi.documents('api::reply.reply');
  const reply = async (data: Record<string, unknown>, publish: boolean) => {
    await replies.create({ data: data as never, ...(publish ? { status: 'published' as const } : {}) });
    created.replies += 1;
  };
  await reply(
    {
      inquiry: answered.documentId,
      body: '您好！异地长期居住人员可通过国家医保服务平台APP或到市医保服务大厅办理备案，需提供身份证和居住证明。',
      replyingUnit: need(units, '市医保局'),
    },
    true,
  );
  // A reply still in review (草稿): not visible to the public until it is approved and published.
  await reply(
    {
      inquiry: complaint.documentId,
      body: '您反映的问题已转市市场监管局核查，我们将在3个工作日内反馈办理结果。',
      replyingUnit: need(units, '市营商环境局'),
    },
    false,
  );

  return created;
};
