// Units as symbols across the workspace: textDocument/references, documentHighlight,
// definition (the unit's entry in .planmark.json, else in the built-in registry: the
// read-only `planmark-registry:` document for a client that shows it, else units.json where a
// checkout has it) and
// rename with prepareRename (every plan and .planmark.json); rename of a block label (that
// label form in this document, core/features/labelRename.ts). A position that is neither is
// refused with an error the editor shows.
import * as fs from 'fs';
import * as path from 'path';
import { DocumentHighlightKind, ResponseError, ErrorCodes, type Location, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { MAX_CONFIG_BYTES } from '../../../core/config/load';
import { unitDeclarationRange } from '../../../core/features/unitDefinition';
import { unitAtPosition, unitHighlights, unitReferences } from '../../../core/features/unitReferences';
import { checkUnitName, prepareUnitRename, RENAME_MESSAGES, renameUnitInConfig, renameUnitInPlans } from '../../../core/features/unitRename';
import { LABEL_RENAME_MESSAGES, prepareLabelRename, renameLabel } from '../../../core/features/labelRename';
import { msg } from '../../../core/features/util';
import { builtinRegistryText } from '../../../core/units/registry';
import { REGISTRY_DOCUMENT_URI, RegistryDocumentRequest } from '../protocol';
import { cancellable } from '../cancellation';
import type { Services } from '../services';
import { pathToUri } from '../uris';

function readSmall(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    if (fs.statSync(file).size > MAX_CONFIG_BYTES) return undefined;
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The built-in registry's file where it exists beside the server (a checkout, the compiled tree). */
function registryFile(): string | undefined {
  for (const candidate of [
    path.join(__dirname, '..', '..', '..', 'core', 'data', 'units.json'), // out/server/src/features
    path.join(__dirname, '..', '..', '..', '..', 'core', 'data', 'units.json'),
    path.join(__dirname, '..', 'core', 'data', 'units.json'), // dist/
  ]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The built-in registry's text and the URI it is shown under, for this client. */
function registry(virtual: boolean): { uri: string; text: string } | undefined {
  if (virtual) return { uri: REGISTRY_DOCUMENT_URI, text: builtinRegistryText() };
  const file = registryFile();
  const text = readSmall(file);
  return file && text !== undefined ? { uri: pathToUri(file), text } : undefined;
}

export function registerUnitSymbols({ connection, log, documents, configuration, workspace, client }: Services): void {
  connection.onReferences(cancellable({ log, documents }, 'references', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const units = configuration.forDocumentNow(uri).service.units;
    const refs = unitReferences(workspace.plansWith(uri, parsed.doc), parsed.doc, params.position, units);
    return refs ? refs.map((r): Location => ({ uri: r.uri, range: r.range })) : null;
  }));

  connection.onDocumentHighlight(cancellable({ log, documents }, 'documentHighlight', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const units = configuration.forDocumentNow(uri).service.units;
    return unitHighlights(parsed.doc, params.position, units)
      .map(h => ({ range: h.range, kind: h.lead ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
  }));

  connection.onDefinition(cancellable({ log, documents }, 'definition', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const unit = unitAtPosition(parsed.doc, params.position);
    if (!unit) return null;
    const config = configuration.forDocumentNow(uri);
    const configText = readSmall(config.configFile);
    const configured = configText === undefined ? undefined : unitDeclarationRange(configText, unit.name, config.service.units);
    if (config.configFile && configured) return { uri: pathToUri(config.configFile), range: configured } satisfies Location;
    const builtin = registry(client.registryDocuments);
    const range = builtin && unitDeclarationRange(builtin.text, unit.name, config.service.units);
    return builtin && range ? { uri: builtin.uri, range } satisfies Location : null;
  }));

  connection.onRequest(RegistryDocumentRequest.type, log.guard('planmark/registryDocument', null, params =>
    params?.uri === REGISTRY_DOCUMENT_URI ? { text: builtinRegistryText() } : null));

  connection.onPrepareRename(cancellable({ log, documents }, 'prepareRename', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const prepared = prepareUnitRename(parsed.doc, params.position);
    if (prepared) return prepared;
    const locale = configuration.forDocumentNow(uri).locale;
    const label = prepareLabelRename(parsed.doc, params.position, locale);
    if (label && 'refused' in label) return new ResponseError(ErrorCodes.InvalidRequest, label.refused);
    return label ?? new ResponseError(ErrorCodes.InvalidRequest, msg(locale, LABEL_RENAME_MESSAGES.nothing));
  }));

  connection.onRenameRequest(cancellable({ log, documents }, 'rename', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const config = configuration.forDocumentNow(uri);
    const unit = unitAtPosition(parsed.doc, params.position);
    if (!unit) {
      // A block label: that label form renamed in this document only (core/features/labelRename.ts).
      const label = renameLabel(parsed.doc, params.position, params.newName, config.locale);
      if (!label) return new ResponseError(ErrorCodes.InvalidRequest, msg(config.locale, LABEL_RENAME_MESSAGES.nothing));
      if ('error' in label) return new ResponseError(ErrorCodes.InvalidParams, label.error);
      return { changes: { [uri]: label.edits } } satisfies WorkspaceEdit;
    }
    const problem = checkUnitName(params.newName, config.locale);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    const edits = renameUnitInPlans(workspace.plansWith(uri, parsed.doc), parsed.doc, params.position, params.newName, config.service.units);
    if (!edits) return new ResponseError(ErrorCodes.InvalidRequest, msg(config.locale, RENAME_MESSAGES.notAUnit));
    const changes: Record<string, TextEdit[]> = {};
    for (const [target, list] of edits) changes[target] = list;
    const configText = readSmall(config.configFile);
    if (config.configFile && configText !== undefined) {
      const configEdits = renameUnitInConfig(configText, unit.name, params.newName);
      if (configEdits.length) changes[pathToUri(config.configFile)] = configEdits;
    }
    return { changes } satisfies WorkspaceEdit;
  }));
}
