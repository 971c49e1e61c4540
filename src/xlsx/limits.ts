/**
 * The size limits of the package layer, checked while a part is inflated (its bytes are counted
 * as they come, so a zip bomb is refused before its expanded bytes are ever held).
 */

/** A part held in memory whole (workbook.xml, styles, shared strings, rels, …): 256 MiB expanded. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/** A worksheet part, streamed and never held whole: 2 GiB expanded (a full 1,048,576-row sheet fits). */
export const MAX_STREAMED_PART_BYTES = 2 * 1024 * 1024 * 1024;

/**
 * Expanded ÷ compressed size beyond which a large part is refused as a zip bomb. DEFLATE cannot
 * pass 1032 : 1 and a run of one byte reaches ~1025 : 1 (what bombs are made of). Real sheets
 * deflate 5–60 : 1; even degenerate parts stay below: 1M empty styled rows ~36 : 1, a
 * sharedStrings of one string repeated ~410 : 1, of `<si/>` repeated ~690 : 1.
 */
export const MAX_COMPRESSION_RATIO = 800;

/** The ratio is checked only once a part has expanded past this many bytes (small parts may be any ratio). */
export const RATIO_CHECK_FROM_BYTES = 32 * 1024 * 1024;

export interface PackageLimits {
  /** Expanded bytes of a part read whole. */
  maxPartBytes: number;
  /** Expanded bytes of a streamed worksheet part. */
  maxStreamedPartBytes: number;
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

export const DEFAULT_LIMITS: Readonly<PackageLimits> = Object.freeze({
  maxPartBytes: MAX_PART_BYTES,
  maxStreamedPartBytes: MAX_STREAMED_PART_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckFromBytes: RATIO_CHECK_FROM_BYTES,
});
