// Front-matter keys the tools know, with what each means. Used by the unknown-key
// rule (PLAN023), completion and import, so the three cannot drift apart.

export interface MetaKey { key: string; en: string; zh: string }

export const META_KEYS: readonly MetaKey[] = [
  { key: '标题', en: 'Title of the plan', zh: '文档标题' },
  { key: '发文机关', en: 'Issuing authority', zh: '发文机关' },
  { key: '文号', en: 'Document number, e.g. 厦湖教〔2020〕132号', zh: '发文字号,如 厦湖教〔2020〕132号' },
  { key: '日期', en: 'Date, e.g. 2020年7月2日', zh: '成文日期,如 2020年7月2日' },
  { key: '年度', en: 'Plan year', zh: '计划年度' },
  { key: '主送', en: 'Addressees', zh: '主送机关' },
  { key: '抄送', en: 'Copies to', zh: '抄送机关' },
  { key: '印发', en: 'Printing office and date', zh: '印发机关和日期' },
  { key: '密级', en: 'Security classification', zh: '密级' },
  { key: '紧急程度', en: 'Urgency', zh: '紧急程度' },
  { key: '签发人', en: 'Signed by', zh: '签发人' },
  { key: '编号', en: 'Copy number', zh: '份号/编号' },
  { key: '索引号', en: 'Disclosure index number (from a government site)', zh: '政务公开索引号' },
  { key: '发布机构', en: 'Publishing body (from a government site)', zh: '发布机构' },
  { key: '成文日期', en: 'Date the document was written', zh: '成文日期' },
  { key: '分类', en: 'Disclosure category', zh: '主题分类' },
  { key: '公开方式', en: 'Disclosure mode, e.g. 主动公开', zh: '公开方式,如 主动公开' },
  { key: '通知', en: 'Title of the covering notice (关于印发…的通知)', zh: '印发通知标题' },
  { key: '印发说明', en: 'The notice sentence (现将…印发给你们)', zh: '印发说明(现将……印发给你们)' },
];

export const KNOWN_META_KEYS: readonly string[] = META_KEYS.map(k => k.key);
