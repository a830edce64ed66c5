// Chinese diagnostic messages come from the extension's @vscode/l10n bundle (generated
// from the core's bilingual messages by scripts/gen-l10n.js); English ones are the
// templates themselves. Both l10n's configuration and the core's translator are
// process-wide: the entry installs them, startServer does not.
import * as l10n from '@vscode/l10n';
import { useTranslator } from '../../core/lint/index';
import chineseBundle from '../../l10n/bundle.l10n.zh-cn.json';

export function useChineseBundle(): void {
  l10n.config({ contents: chineseBundle as Record<string, string> });
  useTranslator((en, args) => l10n.t(en, ...args));
}
