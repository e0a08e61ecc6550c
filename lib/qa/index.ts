export { checkDocument, createQaCache, type QaCache } from './check-document';
export {
  QA_CHECKS,
  type QaCheck,
  type QaFinding,
  type QaFindingText,
  type QaFindingCode,
  type QaSpan,
  type QaBead,
  type QaOptions,
  type QaGlossaryEntry,
} from './types';
