export * from './page-geometry.ts';
export * from './PdfPage.tsx';
