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
 *   the configured label is Chinese in both interface languages, and so is the help text: an officer's
 *   screen shows no attribute names (the English names here are for the English enum translations and readers of this file);
 * - help texts (description) are not translated by Strapi at all;
 * - an enumeration option is rendered with formatMessage({ id: <value> }) in the edit view and the filters,
 *   so each value gets a translation in both locales ({@link ENUM_LABELS}); list cells get the same names
 *   through the ListView's inject-column-in-table hook (src/admin/enum-cell.tsx). The stored values and the
 *   REST/GraphQL API are unchanged.
 *
 * Bump {@link LABELS_VERSION} whenever this file changes, so that existing databases are brought up to date.
 */

/** Version of this table; stored with what was applied (see src/bootstrap/content-manager-labels.ts). */
export const LABELS_VERSION = 3;

export interface FieldLabel {
  /** Label in the zh-Hans interface (the configured label). */
  zh: string;
  /** English name, shown in the help text (see above). */
  en: string;
  /** Help text under the field in the edit view (Chinese). */
  hint?: string;
  /** Placeholder of a text input (Chinese). */
  placeholder?: string;
  /** Kept in the schema for old data but left out of the edit form (nobody should fill it in any more). */
  hidden?: true;
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

export const CONTENT_MANAGER_LABELS: TypeLabels[] = [
  {
    uid: 'api::article.article',
    kind: 'content-type',
    mainField: 'title',
    list: ['title', 'column', 'submittingUnit', 'infoType', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      title: { zh: '标题', en: 'Title', hint: '稿件标题，最多 200 字', placeholder: '请输入稿件标题' },
      body: { zh: '正文', en: 'Body', hint: '稿件正文' },
      column: { zh: '发布栏目', en: 'Column', hint: '稿件发布到的栏目；只能选择本单位负责的栏目' },
      submittingUnit: { zh: '报送单位', en: 'Submitting unit', hint: '报送稿件的单位，默认为本人所在单位；由该单位审核' },
      author: { zh: '作者（信息来源）', en: 'Author (source)', hint: '撰稿人，记入报送台账“信息来源”' },
      source: { zh: '来源', en: 'Source', hint: '稿件来源，如转载的媒体或文件' },
      writtenAt: { zh: '写作时间', en: 'Written on', hint: '稿件写作日期，记入报送台账' },
      infoType: { zh: '信息类型', en: 'Information type', hint: '文、图、表或音视频，记入报送台账' },
      importance: { zh: '重要程度', en: 'Importance', hint: '涉及全市性工作的重要稿件须经主要负责人审签' },
      isPolicyDocument: { zh: '政策文件', en: 'Policy document', hint: '是否为政策文件；政策文件须与其解读同步报送、同步发布' },
      needsInterpretation: { zh: '需要政策解读', en: 'Needs an interpretation', hint: '谁起草、谁解读：需要解读的政策文件须关联解读' },
      interpretations: { zh: '政策解读', en: 'Interpretations', hint: '解读本政策文件的政策解读' },
    },
  },
  {
    uid: 'api::interpretation.interpretation',
    kind: 'content-type',
    mainField: 'title',
    list: ['title', 'policyArticle', 'format', 'draftingUnit', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      title: { zh: '标题', en: 'Title', hint: '政策解读标题，最多 200 字', placeholder: '请输入解读标题' },
      body: { zh: '正文', en: 'Body', hint: '解读正文' },
      policyArticle: { zh: '所解读的政策文件', en: 'Policy document', hint: '本解读所解读的政策文件稿件（必填）' },
      format: { zh: '解读形式', en: 'Format', hint: '文字、图解、视频或问答' },
      draftingUnit: { zh: '起草单位', en: 'Drafting unit', hint: '谁起草、谁解读：政策文件的起草单位' },
    },
  },
  {
    uid: 'api::reply.reply',
    kind: 'content-type',
    mainField: 'id',
    list: ['id', 'inquiry', 'replyingUnit', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      inquiry: { zh: '所答复的留言', en: 'Inquiry', hint: '本回复答复的公众留言；每条留言只有一条回复' },
      body: { zh: '答复内容', en: 'Reply', hint: '对留言的答复，先审后发' },
      replyingUnit: { zh: '答复单位', en: 'Replying unit', hint: '办理并答复留言的单位' },
    },
  },
  {
    uid: 'api::inquiry.inquiry',
    kind: 'content-type',
    mainField: 'subject',
    list: ['subject', 'channel', 'status', 'assignedUnit', 'receivedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      channel: { zh: '渠道', en: 'Channel', hint: '网上咨询、信访、企业投诉、找错、依申请公开或意见征集' },
      subject: { zh: '主题', en: 'Subject', hint: '留言主题' },
      content: { zh: '留言内容', en: 'Content', hint: '公众留言的内容' },
      askerName: { zh: '留言人', en: 'Asker', hint: '留言人姓名，不对外公开' },
      askerContact: { zh: '联系方式', en: 'Contact', hint: '留言人的电话或邮箱，不对外公开' },
      receivedAt: { zh: '收到时间', en: 'Received at', hint: '收到留言的时间，答复时限由此起算' },
      assignedUnit: { zh: '办理单位', en: 'Assigned unit', hint: '交由办理并答复的单位' },
      column: { zh: '栏目', en: 'Column', hint: '留言所在的互动栏目' },
      status: { zh: '办理状态', en: 'Status', hint: '已收到、已交办、已答复、已办结或无效' },
      replies: { zh: '回复', en: 'Replies', hint: '对本留言的回复' },
    },
  },
  {
    uid: 'api::column.column',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'parent', 'category', 'targetSite', 'openedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '栏目名称', en: 'Name', hint: '栏目名称，最多 100 字' },
      slug: { zh: '栏目标识', en: 'Slug', hint: '网址中使用的英文标识，由名称生成' },
      parent: { zh: '上级栏目', en: 'Parent column', hint: '频道（一级栏目）不填' },
      children: { zh: '下级栏目', en: 'Child columns', hint: '本栏目下的子栏目' },
      category: { zh: '栏目类别', en: 'Category', hint: '决定国家检查指标的更新时限，如动态要闻 2 周、通知公告 6 个月' },
      isHomepage: { zh: '首页栏目', en: 'Homepage', hint: '是否为网站首页，首页 2 周未更新为单项否决' },
      description: { zh: '栏目说明', en: 'Description', hint: '主要发布内容' },
      targetSite: { zh: '所属网站', en: 'Site', hint: '市政府门户网站或省政府门户网站' },
      openedAt: { zh: '开设时间', en: 'Opened at', hint: '栏目开设的时间，空白栏目由此起算' },
      closedAt: { zh: '关闭时间', en: 'Closed at', hint: '栏目撤销的时间，之后不再检查' },
      sortOrder: { zh: '排序', en: 'Sort order', hint: '同级栏目中的顺序，数字小的在前' },
      articles: { zh: '稿件', en: 'Articles', hint: '发布在本栏目的稿件' },
    },
  },
  {
    uid: 'api::unit.unit',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'kind', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '单位名称', en: 'Name', hint: '保障单位全称' },
      kind: { zh: '单位类型', en: 'Kind', hint: '县政府、区政府、市直部门、在双中省直单位或其他' },
      // Before the unit register (任务分工表 → 单位职责) the units kept their contacts here; the register took
      // them over at start (responsibility duties.fileUnitContacts), so the form no longer offers them.
      leader: { zh: '责任领导（旧）', en: 'Responsible leader (old)', hint: '已转入“任务分工表 → 单位职责”的人员名册', hidden: true },
      officers: { zh: '信息员（旧）', en: 'Information officers (old)', hint: '已转入“任务分工表 → 单位职责”的人员名册', hidden: true },
      alertEmail: { zh: '提醒邮箱', en: 'Alert email', hint: '接收逾期提醒的单位邮箱，不对外公开' },
      groups: { zh: '所属单位组', en: 'Unit groups', hint: '本单位所属的单位组，如“市直各部门”' },
    },
  },
  {
    uid: 'api::unit-group.unit-group',
    kind: 'content-type',
    mainField: 'name',
    list: ['name', 'description', 'updatedAt'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { zh: '单位组名称', en: 'Name', hint: '如“市直各部门”“各县政府”' },
      memberKinds: { zh: '按类型归入', en: 'Member kinds', hint: 'JSON 数组：按单位类型自动归入的成员，如 ["county"]' },
      members: { zh: '成员单位', en: 'Members', hint: '逐个列出的成员单位' },
      aliases: { zh: '别名', en: 'Aliases', hint: 'JSON 数组：任务分工表中对本组的其他写法' },
      description: { zh: '说明', en: 'Description', hint: '单位组说明' },
    },
  },
  {
    uid: 'contact.person',
    kind: 'component',
    mainField: 'name',
    list: ['name', 'title', 'mobile', 'email'],
    fields: {
      id: SYSTEM_FIELDS.id,
      name: { zh: '姓名', en: 'Name', hint: '真实姓名' },
      title: { zh: '职务', en: 'Title', hint: '职务' },
      mobile: { zh: '手机', en: 'Mobile', hint: '手机号码' },
      email: { zh: '邮箱', en: 'Email', hint: '工作邮箱，用于接收提醒' },
    },
  },
];

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
