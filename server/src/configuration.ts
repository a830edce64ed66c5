// The configuration of each document: the `planmark` settings (asked with
// workspace/configuration when the client supports it, else the ones it pushed), under the
// `.planmark.json` found above the document, plus the message locale. Cached per document
// for a few seconds, since a config file can change without a watcher telling us.
import { DidChangeConfigurationNotification, Emitter, type Connection } from 'vscode-languageserver/node';
import type { Locale } from '../../core/messages';
import { formatMessage } from '../../core/messages';
import { DEFAULT_CONFIG } from '../../core/config/resolve';
import type { ResolvedConfig } from '../../core/config/types';
import { configFromSettings, loadConfigForFile, type ConfigError } from '../../core/config/load';
import type { ConfigProblem } from '../../core/config/settings';
import { createPlanService, type PlanService } from '../../core/service';
import type { ConfigFileProblems } from './configFileProblems';
import type { Initialization } from './initialize';
import type { ServerLog } from './log';
import { toLocale, type PlanmarkSettings } from './settings';
import { uriToPath } from './uris';

/** What applies to one document. */
export interface DocumentConfig {
  config: ResolvedConfig;
  /** The language service of that configuration (shared by every document that has it). */
  service: PlanService;
  locale: Locale;
  configFile?: string;
  errors: ConfigError[];
}

const CONFIG_TTL_MS = 5000;

export class Configuration {
  private canAsk = false;
  private canRegister = false;
  private initLocale: Locale = 'en';
  /** Settings from initializationOptions or didChangeConfiguration, for clients that cannot be asked. */
  private pushed: PlanmarkSettings | undefined;
  private readonly asked = new Map<string, Promise<PlanmarkSettings | undefined>>();
  private readonly resolved = new Map<string, { at: number; settings: PlanmarkSettings | undefined; value: DocumentConfig }>();
  private readonly services = new Map<string, PlanService>();
  /** Settings problems already shown, so that each is shown once. */
  private readonly shownProblems = new Set<string>();
  private readonly changed = new Emitter<void>();
  /** Fires when settings or config files changed: documents should be linted again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly connection: Connection, private readonly log: ServerLog, private readonly configFiles: ConfigFileProblems) {}

  initialize(init: Initialization): void {
    this.canAsk = init.client.configuration;
    this.canRegister = init.client.dynamicConfigurationChange;
    this.initLocale = init.locale;
    if (init.settings) this.pushed = init.settings;
  }

  listen(): void {
    this.connection.onDidChangeConfiguration(this.log.guard('didChangeConfiguration', undefined, change => {
      const settings = (change?.settings as { planmark?: PlanmarkSettings } | undefined)?.planmark;
      if (settings && typeof settings === 'object') this.pushed = settings;
      this.invalidate();
    }));
  }

  /** Asks the client for didChangeConfiguration of the `planmark` section (after `initialized`). */
  registerForChanges(): void {
    if (!this.canRegister) return;
    void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'planmark' })
      .catch(this.log.failed('register configuration'));
  }

  /** Config files changed on disk; the deleted ones lose their diagnostics. */
  configFilesChanged(deleted: string[]): void {
    for (const file of deleted) this.configFiles.publish(file, []);
    this.invalidate();
  }

  /** The configuration of `uri`, fetching settings as needed. */
  async forDocument(uri: string): Promise<DocumentConfig> {
    const settings = await this.settingsOf(uri);
    const cached = this.resolved.get(uri);
    if (cached && cached.settings === settings && Date.now() - cached.at < CONFIG_TTL_MS) return cached.value;
    const value = this.compute(uri, settings);
    this.resolved.set(uri, { at: Date.now(), settings, value });
    if (value.configFile) this.configFiles.publish(value.configFile, value.errors, value.locale);
    return value;
  }

  /** The last configuration of `uri`, for synchronous requests (completion, hover). */
  forDocumentNow(uri: string): DocumentConfig {
    return this.resolved.get(uri)?.value ?? this.compute(uri, this.pushed);
  }

  /**
   * An editor-only setting `planmark.<section>.<key>` (diagnostics.scope, codeLens.enabled)
   * as last fetched for `uri`, else as pushed; undefined when not given.
   */
  editorSetting(uri: string | undefined, section: string, key: string): unknown {
    const settings = (uri ? this.resolved.get(uri)?.settings : undefined) ?? this.pushed;
    const nested = settings?.[section];
    return nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[key] : settings?.[`${section}.${key}`];
  }

  /** An editor-only setting for the whole workspace (asked without a scope when the client can answer). */
  async workspaceSetting(section: string, key: string): Promise<unknown> {
    if (!this.canAsk) return this.editorSetting(undefined, section, key);
    try {
      const settings = await this.connection.workspace.getConfiguration({ section: 'planmark' }) as PlanmarkSettings | null;
      const nested = settings?.[section];
      return nested && typeof nested === 'object' ? (nested as Record<string, unknown>)[key] : settings?.[`${section}.${key}`];
    } catch (e) {
      this.log.error('workspace/configuration', e);
      return undefined;
    }
  }

  /** The language of messages that belong to no document (planmark.locale, else the client's). */
  locale(): Locale {
    return toLocale(this.pushed?.locale) ?? this.initLocale;
  }

  /** Drops what is cached for a closed document. */
  forget(uri: string): void {
    this.resolved.delete(uri);
    this.asked.delete(uri);
  }

  private invalidate(): void {
    this.asked.clear();
    this.resolved.clear();
    this.changed.fire();
  }

  private settingsOf(uri: string): Promise<PlanmarkSettings | undefined> {
    if (!this.canAsk) return Promise.resolve(this.pushed);
    let p = this.asked.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'planmark' })
        .then(v => (v && typeof v === 'object' ? v as PlanmarkSettings : undefined), e => { this.log.error('workspace/configuration', e); return undefined; });
      this.asked.set(uri, p);
    }
    return p;
  }

  private compute(uri: string, settings: PlanmarkSettings | undefined): DocumentConfig {
    // `planmark.locale` (auto: the client's language) picks the messages' language.
    const locale = toLocale(settings?.locale) ?? this.initLocale;
    const fromSettings = configFromSettings(settings, DEFAULT_CONFIG);
    this.reportSettingsProblems(fromSettings.problems, locale);
    const base = fromSettings.config;
    const file = uriToPath(uri);
    let config = base;
    let configFile: string | undefined;
    let errors: ConfigError[] = [];
    if (file) {
      try {
        const loaded = loadConfigForFile(file, base);
        config = loaded.config;
        configFile = loaded.file;
        errors = loaded.errors;
      } catch (e) {
        this.log.error('loading .planmark.json', e);
      }
    }
    return { config, service: this.serviceFor(config), locale, configFile, errors };
  }

  /**
   * One service per distinct configuration: its unit registry is built once, not per
   * keystroke. Kept small: documents rarely have more than a few configurations.
   */
  private serviceFor(config: ResolvedConfig): PlanService {
    const key = JSON.stringify(config);
    let service = this.services.get(key);
    if (!service) {
      if (this.services.size >= 32) this.services.clear();
      this.services.set(key, service = createPlanService(config));
    }
    return service;
  }

  /** A VS Code setting the configuration schema rejects: said once, in a message and in the log. */
  private reportSettingsProblems(problems: ConfigProblem[], locale: Locale): void {
    for (const p of problems) {
      const text = `planmark.${p.path.join('.')}: ${formatMessage(p.message, locale, p.args)}`;
      if (this.shownProblems.has(text)) continue;
      this.shownProblems.add(text);
      this.log.info(`settings: ${text} (the default applies)`);
      void this.connection.window.showWarningMessage(text);
    }
  }
}
