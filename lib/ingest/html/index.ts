// HTML and Markdown pages → article inputs for the pipeline (URL fetches, uploads, CLI files).
export { htmlToArticle, type HtmlArticle, type HtmlToArticleOptions } from './html-to-article';
export { markdownToArticle } from './markdown-to-article';
export { readPageMetadata, type PageMetadata } from './page-metadata';
