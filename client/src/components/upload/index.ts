export * from './upload-queue.ts';
export * from './UploadDialog.tsx';
export * from './UploadButton.tsx';
