// The preview's webview type (package.json `onWebviewPanel:planmark.preview`); its own module so
// that activation can register the serializer without loading the preview.
export const PREVIEW_VIEW_TYPE = 'planmark.preview';
