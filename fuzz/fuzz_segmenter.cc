// Normalizer + segmenter: normalize, segment, then re-run analyze_clitics on
// every word token (with and without the final-ta-marbuta flag), and the UTF-8
// entry point normalize_utf8 on the raw bytes. Checks the invariants the coder
// relies on: offsets inside their buffers, spans ordered.
#include <cstdlib>

#include "fuzz_common.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

using namespace marsad;

#define FUZZ_CHECK(c) \
  do {                \
    if (!(c)) std::abort(); \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return -1;
  std::string_view raw = fuzz::as_view(data, size);
  (void)Normalizer::normalize_utf8(raw);

  std::u32string orig = fuzz::as_code_points(raw);
  NormalizedText nt = Normalizer::normalize(orig);
  FUZZ_CHECK(nt.text.size() == nt.src.size());
  for (uint32_t s : nt.src) FUZZ_CHECK(s <= orig.size());
  if (!nt.text.empty()) {
    auto sp = nt.original_span(0, nt.text.size());
    FUZZ_CHECK(sp.first <= sp.second && sp.second <= orig.size());
  }

  Segmentation seg;
  SegmenterLimits lim;
  lim.max_sentence_tokens = 1 + (size % 64);  // exercise sentence cutting too
  segment(nt, &seg, lim);
  for (const Token& t : seg.tokens) {
    FUZZ_CHECK(t.nb <= t.ne && t.ne <= nt.text.size());
    FUZZ_CHECK(t.ob <= t.oe && t.oe <= orig.size());
    FUZZ_CHECK(size_t(t.off) + t.len <= seg.arena.size());
    FUZZ_CHECK(t.an_begin <= t.an_end && t.an_end <= seg.analyses.size());
    for (uint32_t a = t.an_begin; a < t.an_end; ++a)
      FUZZ_CHECK(size_t(seg.analyses[a].off) + seg.analyses[a].len <= seg.arena.size());
  }
  for (const SentenceSpan& s : seg.sentences) {
    FUZZ_CHECK(s.tok_begin < s.tok_end && s.tok_end <= seg.tokens.size());
    FUZZ_CHECK(s.ob <= s.oe && s.oe <= orig.size());
  }

  std::string arena;
  std::vector<Analysis> an;
  for (const Token& t : seg.tokens) {
    if (t.kind != TokKind::Word) continue;
    std::u32string_view w = std::u32string_view(nt.text).substr(t.nb, t.ne - t.nb);
    an.clear();
    analyze_clitics(w, &arena, &an, false);
    FUZZ_CHECK(!an.empty());
    analyze_clitics(w, &arena, &an, true);
    for (const Analysis& a : an) FUZZ_CHECK(size_t(a.off) + a.len <= arena.size());
  }
  // the whole normalized text as one "word" (analyze_clitics must not assume
  // Arabic letters only)
  if (nt.text.size() < 64) {
    an.clear();
    analyze_clitics(nt.text, &arena, &an, size & 1);
  }
  return 0;
}
