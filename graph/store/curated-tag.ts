/**
 * The provenance tag of curated facts (written by writeBatch, not by a
 * document). Withdrawing a document never removes what carries this tag.
 */
export const CURATED_TAG = '@curated';
