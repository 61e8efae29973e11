/** Types for wink-porter2-stemmer (CommonJS, untyped): the Porter2 stem of one lowercase English word. */
declare module "wink-porter2-stemmer" {
  const stem: (word: string) => string;
  export default stem;
}
