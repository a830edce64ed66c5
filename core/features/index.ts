// The editor-independent language features, for the language server and other hosts.
export * from './documentSymbols';
export * from './folding';
export * from './selectionRanges';
export * from './completion';
export * from './hover';
export * from './stats';
export * from './workspaceUnits';
export { toChineseNumeral, parseDocNumber, findDocNumbers, displayTitle, type DocNumber, type UnitInfo, type UnitRegistryLike } from './util';
