// Units as symbols across the workspace: textDocument/references, documentHighlight,
// definition (the unit's entry in .planmark.json, else in the built-in registry) and
// rename with prepareRename (every plan and .planmark.json). A position that is not a
// unit is refused with an error the editor shows.
import * as fs from 'fs';
import * as path from 'path';
import { DocumentHighlightKind, ResponseError, ErrorCodes, type Location, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { MAX_CONFIG_BYTES } from '../../../core/config/load';
import { unitDeclarationRange } from '../../../core/features/unitDefinition';
import { unitAtPosition, unitHighlights, unitReferences } from '../../../core/features/unitReferences';
import { checkUnitName, prepareUnitRename, RENAME_MESSAGES, renameUnitInConfig, renameUnitInPlans } from '../../../core/features/unitRename';
import { msg } from '../../../core/features/util';
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

export function registerUnitSymbols({ connection, log, documents, configuration, workspace }: Services): void {
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
    for (const file of [config.configFile, registryFile()]) {
      const text = readSmall(file);
      const range = text === undefined ? undefined : unitDeclarationRange(text, unit.name, config.service.units);
      if (file && range) return { uri: pathToUri(file), range } satisfies Location;
    }
    return null;
  }));

  connection.onPrepareRename(cancellable({ log, documents }, 'prepareRename', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const prepared = prepareUnitRename(parsed.doc, params.position);
    if (!prepared) return new ResponseError(ErrorCodes.InvalidRequest, msg(configuration.forDocumentNow(uri).locale, RENAME_MESSAGES.notAUnit));
    return prepared;
  }));

  connection.onRenameRequest(cancellable({ log, documents }, 'rename', null, params => {
    const uri = params.textDocument.uri;
    const parsed = documents.parsed(uri);
    if (!parsed) return null;
    const config = configuration.forDocumentNow(uri);
    const problem = checkUnitName(params.newName, config.locale);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    const unit = unitAtPosition(parsed.doc, params.position);
    const edits = unit && renameUnitInPlans(workspace.plansWith(uri, parsed.doc), parsed.doc, params.position, params.newName, config.service.units);
    if (!unit || !edits) return new ResponseError(ErrorCodes.InvalidRequest, msg(config.locale, RENAME_MESSAGES.notAUnit));
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
