// The lazily loaded preview part (see ../lazy.ts); its own bundle, dist/preview.js, in the
// packaged extension.
export { deserializePreview, disposePreviews, getPreviewHtmlForTests, showPreview } from '../preview';
