export { checkDocument, createQaCache, type QaCache } from './check-document';
export { QA_CHECKS, type QaCheck, type QaFinding, type QaSpan, type QaBead, type QaOptions, type QaGlossaryEntry } from './types';
