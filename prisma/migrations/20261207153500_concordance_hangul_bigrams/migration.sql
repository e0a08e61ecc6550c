-- Concordance queries of two Hangul syllables (정부, 금리) contain no trigram, so the trigram index cannot find
-- them as substrings (decision 049). hangul_bigrams lists every pair of adjacent Hangul syllables of a text; a
-- GIN index on it answers `hangul_bigrams(text) @> ARRAY[q]` exactly: q occurs in the text if and only if it is
-- one of its pairs. PostgreSQL keeps an expression index up to date on every write, so nothing can drift.
CREATE FUNCTION hangul_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT coalesce(array_agg(DISTINCT substr(r.m[1], i, 2)), '{}')
  FROM regexp_matches(t, '[\uAC00-\uD7A3]{2,}', 'g') AS r(m)
  CROSS JOIN LATERAL generate_series(1, length(r.m[1]) - 1) AS i
);

CREATE INDEX "Segment_text_hangul_bigrams_idx" ON "Segment" USING GIN (hangul_bigrams("text"));
