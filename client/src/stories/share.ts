/**
 * A story in a link: its JSON, deflated and base64url-encoded, in the URL's
 * hash (`#story=…`), so a story made in the explorer can be shared without a
 * server. Decoding ends in restoreStory, like a file.
 */
import { restoreStory, StoryError, type Story } from './story.ts';

/** Longest hash value accepted (compressed), well above any real story. */
export const MAX_LINK_CHARS = 200_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The hash value (without `story=`) that carries the story. */
export async function encodeStoryLink(story: Story): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(story));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The story a hash value carries, restored; a StoryError when it cannot be read. */
export async function decodeStoryLink(value: string): Promise<Story> {
  if (value.length > MAX_LINK_CHARS || !/^[A-Za-z0-9_-]+$/.test(value)) throw new StoryError('not-json', 'The link does not hold a story');
  let text: string;
  try {
    text = new TextDecoder().decode(await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw')));
  } catch {
    throw new StoryError('not-json', 'The link does not hold a story');
  }
  return restoreStory(text);
}

/** The `story` value of a location hash such as `#story=…`, or null. */
export function storyFromHash(hash: string): string | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return p.get('story');
}
