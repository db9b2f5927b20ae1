/**
 * The content-manager's words for our content types, in one typed place (中文标签): field labels, help
 * texts, list columns and the display names of enumeration values. Pure data, no Strapi import: the
 * server (src/bootstrap/content-manager-labels.ts) writes the Chinese labels into the content-manager's
 * view configuration, and the admin (src/admin/app.ts) registers the English labels and the enum names as
 * translations.
 *
 * How the two languages work (Strapi 5.54), and what we chose:
 * - a field's label in the edit view and a list header are rendered with formatMessage({ id:
 *   `content-manager.content-types.<uid>.<field>`, defaultMessage: <configured label> }). A translation for
 *   that id would win over the configured label in every locale (the admin fills a missing zh-Hans id from
 *   English), so an administrator's own label ("Configure the view") could never show. We register none:
 *   the configured label is Chinese in both interface languages, and the help text ends with the English
 *   name and the attribute (（Submitting unit，字段 submittingUnit）) for English readers and API developers;
 * - help texts (description) are not translated by Strapi at all;
 * - an enumeration option is rendered with formatMessage({ id: <value> }) in the edit view and the filters,
 *   so each value gets a translation in both locales ({@link ENUM_LABELS}); list cells get the same names
 *   through the ListView's inject-column-in-table hook (src/admin/enum-cell.tsx). The stored values and the
 *   REST/GraphQL API are unchanged.
 *
 * Bump {@link LABELS_VERSION} whenever this file changes, so that existing databases are brought up to date.
 */

/** Version of this table; stored with what was applied (see src/bootstrap/content-manager-labels.ts). */
export const LABELS_VERSION = 1;

export interface FieldLabel {
  /** Label in the zh-Hans interface (the configured label). */
  zh: string;
  /** English name, shown in the help text (see above). */
  en: string;
  /** Help text under the field in the edit view (Chinese). */
  hint?: string;
  /** Placeholder of a text input (Chinese). */
  placeholder?: string;
}

export interface TypeLabels {
  uid: string;
  kind: 'content-type' | 'component';
  fields: Record<string, FieldLabel>;
  /** Columns of the list view, in order (the content-manager adds 状态 for draft-and-publish types). */
  list?: string[];
  /** The attribute that names an entry in relations pickers and lists. */
  mainField?: string;
}

/** Timestamps and authors every collection type has. */
const SYSTEM_FIELDS: Record<string, FieldLabel> = {
  id: { zh: '编号', en: 'ID' },
  documentId: { zh: '文档编号', en: 'Document ID' },
  createdAt: { zh: '创建时间', en: 'Created at' },
  updatedAt: { zh: '更新时间', en: 'Updated at' },
  publishedAt: { zh: '发布时间', en: 'Published at' },
  createdBy: { zh: '创建人', en: 'Created by' },
  updatedBy: { zh: '更新人', en: 'Updated by' },
};

const hint = (text: string, field: string) => `${text}（字段 ${field}）`;

/** "稿件标题，最多 200 字（字段 title）" → "稿件标题，最多 200 字（Title，字段 title）". */
const withEnglish = (types: TypeLabels[]): TypeLabels[] =>
  types.map((type) => ({
    ...type,
    fields: Object.fromEntries(
      Object.entries(type.fields).map(([field, label]) => [field, label.hint ? { ...label, hint: label.hint.replace(/（字段 (\S+)）$/, `（${label.en}，字段 $1）`) } : label]),
    ),
  }));

export const CONTENT_MANAGER_LABELS: TypeLabels[] = withEnglish([
  {
    uid: 'api::article.article',
    kind: 'content-type',
    mainField: 'title',
    list: ['title', 'column', 'submittingUnit', 'infoType', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      title: { zh: '标题', en: 'Title', hint: hint('稿件标题，最多 200 字', 'title'), placeholder: '请输入稿件标题' },
      body: { zh: '正文', en: 'Body', hint: hint('稿件正文', 'body') },
      column: { zh: '发布栏目', en: 'Column', hint: hint('稿件发布到的栏目；只能选择本单位负责的栏目', 'column') },
      submittingUnit: { zh: '报送单位', en: 'Submitting unit', hint: hint('报送稿件的单位，默认为本人所在单位；由该单位审核', 'submittingUnit') },
      author: { zh: '作者（信息来源）', en: 'Author (source)', hint: hint('撰稿人，记入报送台账“信息来源”', 'author') },
      source: { zh: '来源', en: 'Source', hint: hint('稿件来源，如转载的媒体或文件', 'source') },
      writtenAt: { zh: '写作时间', en: 'Written on', hint: hint('稿件写作日期，记入报送台账', 'writtenAt') },
      infoType: { zh: '信息类型', en: 'Information type', hint: hint('文、图、表或音视频，记入报送台账', 'infoType') },
      importance: { zh: '重要程度', en: 'Importance', hint: hint('涉及全市性工作的重要稿件须经主要负责人审签', 'importance') },
      isPolicyDocument: { zh: '政策文件', en: 'Policy document', hint: hint('是否为政策文件；政策文件须与其解读同步报送、同步发布', 'isPolicyDocument') },
      needsInterpretation: { zh: '需要政策解读', en: 'Needs an interpretation', hint: hint('谁起草、谁解读：需要解读的政策文件须关联解读', 'needsInterpretation') },
      interpretations: { zh: '政策解读', en: 'Interpretations', hint: hint('解读本政策文件的政策解读', 'interpretations') },
    },
  },
  {
    uid: 'api::interpretation.interpretation',
    kind: 'content-type',
    mainField: 'title',
    list: ['title', 'policyArticle', 'format', 'draftingUnit', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      title: { zh: '标题', en: 'Title', hint: hint('政策解读标题，最多 200 字', 'title'), placeholder: '请输入解读标题' },
      body: { zh: '正文', en: 'Body', hint: hint('解读正文', 'body') },
      policyArticle: { zh: '所解读的政策文件', en: 'Policy document', hint: hint('本解读所解读的政策文件稿件（必填）', 'policyArticle') },
      format: { zh: '解读形式', en: 'Format', hint: hint('文字、图解、视频或问答', 'format') },
      draftingUnit: { zh: '起草单位', en: 'Drafting unit', hint: hint('谁起草、谁解读：政策文件的起草单位', 'draftingUnit') },
    },
  },
  {
    uid: 'api::reply.reply',
    kind: 'content-type',
    mainField: 'id',
    list: ['id', 'inquiry', 'replyingUnit', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      inquiry: { zh: '所答复的留言', en: 'Inquiry', hint: hint('本回复答复的公众留言；每条留言只有一条回复', 'inquiry') },
      body: { zh: '答复内容', en: 'Reply', hint: hint('对留言的答复，先审后发', 'body') },
      replyingUnit: { zh: '答复单位', en: 'Replying unit', hint: hint('办理并答复留言的单位', 'replyingUnit') },
    },
  },
  {
    uid: 'api::inquiry.inquiry',
    kind: 'content-type',
    mainField: 'subject',
    list: ['subject', 'channel', 'status', 'assignedUnit', 'receivedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      channel: { zh: '渠道', en: 'Channel', hint: hint('网上咨询、信访、企业投诉、找错、依申请公开或意见征集', 'channel') },
      subject: { zh: '主题', en: 'Subject', hint: hint('留言主题', 'subject') },
      content: { zh: '留言内容', en: 'Content', hint: hint('公众留言的内容', 'content') },
      askerName: { zh: '留言人', en: 'Asker', hint: hint('留言人姓名，不对外公开', 'askerName') },
      askerContact: { zh: '联系方式', en: 'Contact', hint: hint('留言人的电话或邮箱，不对外公开', 'askerContact') },
      receivedAt: { zh: '收到时间', en: 'Received at', hint: hint('收到留言的时间，答复时限由此起算', 'receivedAt') },
      assignedUnit: { zh: '办理单位', en: 'Assigned unit', hint: hint('交由办理并答复的单位', 'assignedUnit') },
      column: { zh: '栏目', en: 'Column', hint: hint('留言所在的互动栏目', 'column') },
      status: { zh: '办理状态', en: 'Status', hint: hint('已收到、已交办、已答复、已办结或无效', 'status') },
      replies: { zh: '回复', en: 'Replies', hint: hint('对本留言的回复', 'replies') },
    },
  },
  {
    uid: 'api::column.column',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'parent', 'category', 'targetSite', 'openedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '栏目名称', en: 'Name', hint: hint('栏目名称，最多 100 字', 'name') },
      slug: { zh: '栏目标识', en: 'Slug', hint: hint('网址中使用的英文标识，由名称生成', 'slug') },
      parent: { zh: '上级栏目', en: 'Parent column', hint: hint('频道（一级栏目）不填', 'parent') },
      children: { zh: '下级栏目', en: 'Child columns', hint: hint('本栏目下的子栏目', 'children') },
      category: { zh: '栏目类别', en: 'Category', hint: hint('决定国家检查指标的更新时限，如动态要闻 2 周、通知公告 6 个月', 'category') },
      isHomepage: { zh: '首页栏目', en: 'Homepage', hint: hint('是否为网站首页，首页 2 周未更新为单项否决', 'isHomepage') },
      description: { zh: '栏目说明', en: 'Description', hint: hint('主要发布内容', 'description') },
      targetSite: { zh: '所属网站', en: 'Site', hint: hint('市政府门户网站或省政府门户网站', 'targetSite') },
      openedAt: { zh: '开设时间', en: 'Opened at', hint: hint('栏目开设的时间，空白栏目由此起算', 'openedAt') },
      closedAt: { zh: '关闭时间', en: 'Closed at', hint: hint('栏目撤销的时间，之后不再检查', 'closedAt') },
      sortOrder: { zh: '排序', en: 'Sort order', hint: hint('同级栏目中的顺序，数字小的在前', 'sortOrder') },
      articles: { zh: '稿件', en: 'Articles', hint: hint('发布在本栏目的稿件', 'articles') },
    },
  },
  {
    uid: 'api::unit.unit',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'kind', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '单位名称', en: 'Name', hint: hint('保障单位全称', 'name') },
      kind: { zh: '单位类型', en: 'Kind', hint: hint('县政府、区政府、市直部门、在双中省直单位或其他', 'kind') },
      leader: { zh: '责任领导', en: 'Responsible leader', hint: hint('信息分管领导（附件3 备案表），不对外公开', 'leader') },
      officers: { zh: '信息员', en: 'Information officers', hint: hint('一至两名信息员（附件3 备案表），不对外公开', 'officers') },
      alertEmail: { zh: '提醒邮箱', en: 'Alert email', hint: hint('接收逾期提醒的单位邮箱，不对外公开', 'alertEmail') },
      groups: { zh: '所属单位组', en: 'Unit groups', hint: hint('本单位所属的单位组，如“市直各部门”', 'groups') },
    },
  },
  {
    uid: 'api::unit-group.unit-group',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'description', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '单位组名称', en: 'Name', hint: hint('如“市直各部门”“各县政府”', 'name') },
      memberKinds: { zh: '按类型归入', en: 'Member kinds', hint: hint('JSON 数组：按单位类型自动归入的成员，如 ["county"]', 'memberKinds') },
      members: { zh: '成员单位', en: 'Members', hint: hint('逐个列出的成员单位', 'members') },
      aliases: { zh: '别名', en: 'Aliases', hint: hint('JSON 数组：任务分工表中对本组的其他写法', 'aliases') },
      description: { zh: '说明', en: 'Description', hint: hint('单位组说明', 'description') },
    },
  },
  {
    uid: 'contact.person',
    kind: 'component',
    mainField: 'name',
    list: ['name', 'title', 'mobile', 'email'],
    fields: {
      id: SYSTEM_FIELDS.id,
      name: { zh: '姓名', en: 'Name', hint: hint('真实姓名', 'name') },
      title: { zh: '职务', en: 'Title', hint: hint('职务', 'title') },
      mobile: { zh: '手机', en: 'Mobile', hint: hint('手机号码', 'mobile') },
      email: { zh: '邮箱', en: 'Email', hint: hint('工作邮箱，用于接收提醒', 'email') },
    },
  },
]);

export interface EnumLabel {
  zh: string;
  en: string;
}

/**
 * Display names of enumeration values, by value (the content-manager looks an option up by its value, so
 * one value has one name across types: "text" is 文字 for an article's type and an interpretation's format).
 */
export const ENUM_LABELS: Record<string, EnumLabel> = {
  // article.infoType
  text: { zh: '文字', en: 'Text' },
  image: { zh: '图片', en: 'Image' },
  table: { zh: '表格', en: 'Table' },
  'audio-video': { zh: '音视频', en: 'Audio/video' },
  // article.importance
  normal: { zh: '一般', en: 'Normal' },
  important: { zh: '重要（须主要负责人审签）', en: 'Important (principal leader signs)' },
  // interpretation.format
  graphic: { zh: '图解', en: 'Graphic' },
  video: { zh: '视频', en: 'Video' },
  qa: { zh: '问答', en: 'Q&A' },
  // column.category
  news: { zh: '动态要闻', en: 'News' },
  notice: { zh: '通知公告', en: 'Notices' },
  policy: { zh: '政策文件', en: 'Policy documents' },
  'personnel-plan': { zh: '人事/规划计划', en: 'Personnel and plans' },
  interaction: { zh: '互动交流', en: 'Interaction' },
  topic: { zh: '专题专栏', en: 'Topic' },
  profile: { zh: '概况信息', en: 'Profile' },
  other: { zh: '其他', en: 'Other' },
  // column.targetSite
  city: { zh: '市政府门户网站', en: 'City portal' },
  province: { zh: '省政府门户网站', en: 'Provincial portal' },
  // inquiry.channel
  consultation: { zh: '网上咨询', en: 'Consultation' },
  petition: { zh: '信访', en: 'Petition' },
  'enterprise-complaint': { zh: '企业投诉', en: 'Enterprise complaint' },
  'error-report': { zh: '我为政府网站找错', en: 'Error report' },
  'disclosure-request': { zh: '依申请公开', en: 'Disclosure request' },
  survey: { zh: '意见征集', en: 'Survey' },
  // inquiry.status
  received: { zh: '已收到', en: 'Received' },
  assigned: { zh: '已交办', en: 'Assigned' },
  replied: { zh: '已答复', en: 'Replied' },
  closed: { zh: '已办结', en: 'Closed' },
  invalid: { zh: '无效', en: 'Invalid' },
  // unit.kind
  county: { zh: '县政府', en: 'County government' },
  district: { zh: '区政府', en: 'District government' },
  'municipal-department': { zh: '市直部门', en: 'Municipal department' },
  'stationed-unit': { zh: '在双中省直单位', en: 'Stationed provincial or central unit' },
};

/** Translations for the admin: the names of enumeration values in both languages (field labels: see above). */
export const adminTranslations = (): { en: Record<string, string>; 'zh-Hans': Record<string, string> } => {
  const en: Record<string, string> = {};
  const zh: Record<string, string> = {};
  for (const [value, label] of Object.entries(ENUM_LABELS)) {
    en[value] = label.en;
    zh[value] = label.zh;
  }
  return { en, 'zh-Hans': zh };
};
