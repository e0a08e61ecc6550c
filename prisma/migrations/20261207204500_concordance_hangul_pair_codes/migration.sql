-- Hangul syllable pairs as a column (decision 054), replacing the expression index of decision 049. PostgreSQL
-- evaluated hangul_bigrams(text) for every row written and kept text keys: about 4 of the 11 CPU-seconds a
-- 100,000-unit TMX import cost it. Now each pair is an integer, (a - 0xAC00) * 11172 + (b - 0xAC00), and the
-- column is filled by whoever writes the row: the bulk import computes it in Node (hangulPairCodes, which a test
-- holds equal to hangul_pair_codes below); any other insert, and any change of the text, gets it from the
-- triggers, so the column cannot drift from the text. Rows without a pair hold '{}' and stay out of the index.
-- The old index goes first, so filling the column does not evaluate hangul_bigrams for every row once more.
DROP INDEX "Segment_text_hangul_bigrams_idx";
DROP FUNCTION hangul_bigrams(text);

ALTER TABLE "Segment" ADD COLUMN "hangulPairs" INTEGER[];

CREATE FUNCTION hangul_pair_codes(t text) RETURNS integer[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT coalesce(array_agg(DISTINCT (ascii(substr(r.m[1], i, 1)) - 44032) * 11172 + (ascii(substr(r.m[1], i + 1, 1)) - 44032)), '{}')
  FROM regexp_matches(t, '[\uAC00-\uD7A3]{2,}', 'g') AS r(m)
  CROSS JOIN LATERAL generate_series(1, length(r.m[1]) - 1) AS i
);

UPDATE "Segment" SET "hangulPairs" = hangul_pair_codes("text");

CREATE FUNCTION segment_hangul_pairs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."hangulPairs" := hangul_pair_codes(NEW."text");
  RETURN NEW;
END
$$;

-- A writer that supplies the pairs (the bulk import) fires nothing; one that does not gets them computed.
CREATE TRIGGER "Segment_hangul_pairs_on_insert" BEFORE INSERT ON "Segment"
  FOR EACH ROW WHEN (NEW."hangulPairs" IS NULL) EXECUTE FUNCTION segment_hangul_pairs();
CREATE TRIGGER "Segment_hangul_pairs_on_text" BEFORE UPDATE OF "text" ON "Segment"
  FOR EACH ROW WHEN (NEW."text" IS DISTINCT FROM OLD."text") EXECUTE FUNCTION segment_hangul_pairs();

CREATE INDEX "Segment_hangulPairs_idx" ON "Segment" USING GIN ("hangulPairs") WHERE "hangulPairs" <> '{}';
