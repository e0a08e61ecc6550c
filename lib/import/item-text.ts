// A sentence about a batch item (why it failed, what it warns about, a title made of words) stored as a catalog key
// and its parameters, so the batch view says it in the reader's language (decision 048). Keys live under
// batchItem.error and batchItem.title in messages/*.json. Pure.

export type ItemTextParams = Record<string, string | number>;

export interface ItemText {
  code: string;
  params?: ItemTextParams;
}
