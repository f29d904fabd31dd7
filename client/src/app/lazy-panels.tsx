/**
 * Panels the first paint does not need, each in its own chunk and loaded when
 * first shown: the document reader (with the PDF viewer behind it), the
 * curation panel and the story editor. They render nothing until their code
 * has arrived.
 */
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';

function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Deferred(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

export const DocumentView = deferred(() => import('../components/DocumentView.tsx').then((m) => m.DocumentView));
export const Curation = deferred(() => import('../components/curation/index.ts').then((m) => m.Curation));
export const StoryPanel = deferred(() => import('../components/StoryPanel.tsx').then((m) => m.StoryPanel));
