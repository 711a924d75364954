/** Where Chromium is: CHROMIUM_PATH, else /usr/bin/chromium. */
export const CHROMIUM: string;
/** The launch flags every browser test and script uses. */
export const CHROMIUM_ARGS: readonly string[];
