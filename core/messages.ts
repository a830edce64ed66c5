// Messages in both languages. Every message the core emits is an {en, zh} literal beside
// the code that emits it; the caller says which language it wants.

export type Locale = 'en' | 'zh-cn';

/** A message in both languages; `{0}`, `{1}` … are filled from `args`. */
export interface Message { en: string; zh: string }

/** A message in the given language, its `{n}` filled from `args`. */
export function formatMessage(message: Message, locale: Locale, args: readonly (string | number)[] = []): string {
  const template = locale === 'zh-cn' ? message.zh : message.en;
  return template.replace(/\{(\d+)\}/g, (all, n) => (args[Number(n)] !== undefined ? String(args[Number(n)]) : all));
}

/** The message locale for a platform or editor locale (`zh-CN`, `zh_TW.UTF-8`, `en-US` …), if it is one we speak. */
export function toLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh-cn';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return undefined;
}
