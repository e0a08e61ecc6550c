import 'server-only';
// Only for the two tests under lib/server/import/ that still import getDocument from here, left alone while that
// area is being changed: point them at '@/lib/server/testing/get-document' and delete this file. Production code
// builds the document answer in get-document-answer.ts only.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a test helper, re-exported for tests only
export { getDocument } from '@/lib/server/testing/get-document';
