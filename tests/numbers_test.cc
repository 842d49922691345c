#include "text/numbers.h"

#include <gtest/gtest.h>

#include "test_util.h"
#include "text/utf8.h"

namespace marsad {
namespace {

std::vector<NumberExpr> numbers_in(const std::string& s) {
  static std::u32string orig;
  static NormalizedText nt;
  size_t bad = 0;
  decode_utf8(s, &orig, &bad);
  nt = Normalizer::normalize(orig);
  Segmentation seg;
  segment(nt, &seg);
  auto lx = testing::project_lexicon();
  std::vector<LexMatch> ms;
  uint32_t e = static_cast<uint32_t>(seg.tokens.size());
  lx->match(seg, 0, e, &ms);
  std::vector<NumberWord> words;
  uint32_t end = 0;
  // longest number word at each position, non-overlapping
  std::sort(ms.begin(), ms.end(), [](const LexMatch& a, const LexMatch& b) {
    return a.tok_begin != b.tok_begin ? a.tok_begin < b.tok_begin : a.tok_end > b.tok_end;
  });
  for (const auto& m : ms) {
    const EntryRec& r = lx->entry(m.entry);
    if (r.kind != static_cast<uint8_t>(EntryKind::Number) || m.tok_begin < end) continue;
    words.push_back({m.tok_begin, m.tok_end, r.value, r.sub});
    end = m.tok_end;
  }
  return find_numbers(seg, 0, e, words);
}

TEST(Numbers, Table) {
  struct Case {
    const char* text;
    int64_t value;
    bool approx;
  } cases[] = {
      {"قتل ٦ مدنيين", 6, false},
      {"إصابة 12 شخصا", 12, false},
      {"مقتل ستة جنود", 6, false},
      {"اثنا عشر جريحا", 12, false},
      {"اثني عشر مدنيا", 12, false},
      {"ثلاثة وعشرين قتيلا", 23, false},
      {"مئتين وخمسين معتقلا", 250, false},
      {"3 آلاف نازح", 3000, false},
      {"1,200 لاجئ", 1200, false},
      {"عشرات الجرحى", 10, true},
      {"العشرات من المتظاهرين", 10, true},
      {"مئات المعتقلين", 100, true},
      {"ثلاثة آلاف", 3000, false},
      // a hundred multiplies and is multiplied; a thousand closes its group
      {"مائة ألف قتيل", 100000, false},
      {"ثلاثمائة ألف لاجئ", 300000, false},
      {"ثلاثة آلاف وثمانمائة شخص", 3800, false},
      {"ألف وخمسمائة جندي", 1500, false},
      {"خمسة عشر ألفا", 15000, false},
      {"مائتي شخص", 200, false},
      {"مائتي ألف نازح", 200000, false},
  };
  for (const auto& c : cases) {
    auto ns = numbers_in(c.text);
    ASSERT_FALSE(ns.empty()) << c.text;
    EXPECT_EQ(ns[0].value, c.value) << c.text;
    EXPECT_EQ(ns[0].approx, c.approx) << c.text;
  }
}

}  // namespace
}  // namespace marsad
