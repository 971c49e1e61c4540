/** The attribute of the pre-rendered frame's wrapper, valued with its language ("it" in #root, "en" in the template). */
export const FRAME_ATTRIBUTE = "data-h4a-frame";
/** The <template> that holds the English frame. */
export const ENGLISH_FRAME_ID = "h4a-frame-en";
/** A tab's id is this prefix and its key (App.tsx): the frame's tabs carry the same ids. */
export const TAB_ID_PREFIX = "h4a-tab-";
