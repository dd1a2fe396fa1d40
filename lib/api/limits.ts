// The limits every entrance (API, form, CLI) enforces, in one place so the documents can quote them.
export const MAX_ARTICLES = 12;
export const MAX_ARTICLE_CHARS = 200_000;
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_OUTLET_CHARS = 200;
export const MAX_TITLE_CHARS = 1_000;
export const MAX_URL_CHARS = 2_048;
/** Uploaded files: the largest text a 200,000-character article can come from, with page markup around it. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
/** The list's last reachable page (20 a page: twenty million comparisons); past it, `?page=` is refused. */
export const MAX_LIST_PAGE = 1_000_000;
