/**
 * Names of the content types and components in each interface language. A schema's `info.displayName` is
 * bilingual ("稿件 Article", the Content-Type Builder and the API docs show it as is); the content-manager
 * renders it with formatMessage({ id: displayName, defaultMessage: displayName }) — left menu, list title,
 * the home page's entry widgets — so a translation per language, keyed by the display name, shows the
 * Chinese half in zh-Hans and the English half in English. Pure data; checked against the schemas in
 * type-names.test.ts.
 */
export interface TypeName {
  /** `info.displayName` of the schema. */
  displayName: string;
  zh: string;
  en: string;
}

export const TYPE_NAMES: Record<string, TypeName> = {
  'api::article.article': { displayName: '稿件 Article', zh: '稿件', en: 'Article' },
  'api::column.column': { displayName: '栏目 Column', zh: '栏目', en: 'Column' },
  'api::inquiry.inquiry': { displayName: '留言 Inquiry', zh: '留言', en: 'Inquiry' },
  'api::interpretation.interpretation': { displayName: '政策解读 Interpretation', zh: '政策解读', en: 'Interpretation' },
  'api::reply.reply': { displayName: '回复 Reply', zh: '回复', en: 'Reply' },
  'api::unit.unit': { displayName: '保障单位 Unit', zh: '保障单位', en: 'Unit' },
  'api::unit-group.unit-group': { displayName: '单位组 Unit group', zh: '单位组', en: 'Unit group' },
  'contact.person': { displayName: '联系人 Contact person', zh: '联系人', en: 'Contact person' },
  // The users-permissions plugin's front-end accounts (Strapi's schema, English name).
  'plugin::users-permissions.user': { displayName: 'User', zh: '用户', en: 'User' },
};

/** Translations of the display names: { en, 'zh-Hans' }, keyed by display name. */
export const typeNameTranslations = (): { en: Record<string, string>; 'zh-Hans': Record<string, string> } => {
  const en: Record<string, string> = {};
  const zh: Record<string, string> = {};
  for (const { displayName, zh: zhName, en: enName } of Object.values(TYPE_NAMES)) {
    zh[displayName] = zhName;
    // Strapi's own English name stays as it is.
    if (displayName !== enName) en[displayName] = enName;
  }
  return { en, 'zh-Hans': zh };
};
