/**
 * The layout worker: runs layouts (layout-core.ts) off the main thread, one
 * message at a time, and posts each one's positions back. Started by
 * layout.ts as a JobThread.
 */
import { serveJobs } from '../workers/index.ts';
import { runLayout, type LayoutInput } from './layout-core.ts';

serveJobs((input: LayoutInput) => runLayout(input));
