// The editor-independent language features, for the language server and other hosts.
export * from './context';
export * from './documentSymbols';
export * from './folding';
export * from './selectionRanges';
export * from './completion';
export * from './hover';
export * from './quickFixes';
export * from './stats';
export * from './outlineJson';
export * from './workspaceUnits';
