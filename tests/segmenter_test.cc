#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/utf8.h"

namespace marsad {
namespace {

Segmentation seg_of(const std::string& s, std::u32string* orig) {
  size_t bad = 0;
  decode_utf8(s, orig, &bad);
  static NormalizedText nt;
  nt = Normalizer::normalize(*orig);
  Segmentation seg;
  segment(nt, &seg);
  return seg;
}

std::vector<std::string> stems(const std::string& word) {
  std::u32string w;
  size_t bad = 0;
  decode_utf8(Normalizer::normalize_utf8(word), &w, &bad);
  std::string arena;
  std::vector<Analysis> an;
  analyze_clitics(w, &arena, &an);
  std::vector<std::string> out;
  for (const auto& a : an) out.push_back(arena.substr(a.off, a.len));
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Clitics, Table) {
  struct Case {
    const char* word;
    const char* stem;
  } cases[] = {
      {"وبالقوات", "قوات"},   {"وبالقوات", "القوات"}, {"للقوات", "القوات"}, {"للقوات", "قوات"},
      {"وبغداد", "بغداد"},    {"فالجيش", "الجيش"},    {"كالعادة", "عاده"},  {"سيعمل", "يعمل"},
      {"قواتها", "قوات"},     {"سفارتها", "سفاره"},   {"واعتقلتهم", "اعتقلت"}, {"لبنان", "لبنان"},
      // the plural's silent alef comes back when the pronoun goes: قتلوهما → قتلوا
      {"وقتلوهما", "قتلوا"},  {"خطفوهم", "خطفوا"},
  };
  for (const auto& c : cases) EXPECT_TRUE(has(stems(c.word), Normalizer::normalize_utf8(c.stem))) << c.word;
  // never below two letters, and the word itself always first
  auto s = stems("وب");
  EXPECT_EQ(s.size(), 1u);
  EXPECT_EQ(stems("بغداد")[0], "بغداد");
}

TEST(Clitics, TaMarbutaIsNotAPronoun) {
  std::u32string w = U"غاره";
  std::string arena;
  std::vector<Analysis> an;
  analyze_clitics(w, &arena, &an, /*final_ta_marbuta=*/true);
  for (const auto& a : an) EXPECT_NE(arena.substr(a.off, a.len), "غار");
  an.clear();
  analyze_clitics(U"هجومه", &arena, &an, false);
  bool found = false;
  for (const auto& a : an) found |= arena.substr(a.off, a.len) == "هجوم";
  EXPECT_TRUE(found);
}

TEST(Segmenter, SentencesAndLineBreaks) {
  std::u32string orig;
  // a line break after "أن" continues the sentence (the seed article's lines 3-4)
  auto seg = seg_of("وقال المتحدث إن الجيش لافتاً إلى أن\nعددا من المواقع سلمت. وأضاف: \"انتهى\".\nعنوان بلا نقطة\nجملة أخرى؟ نعم", &orig);
  ASSERT_EQ(seg.sentences.size(), 5u);
  auto text = [&](const SentenceSpan& s) { return to_utf8(orig.substr(s.ob, s.oe - s.ob)); };
  EXPECT_EQ(text(seg.sentences[0]), "وقال المتحدث إن الجيش لافتاً إلى أن\nعددا من المواقع سلمت.");
  EXPECT_EQ(text(seg.sentences[1]), "وأضاف: \"انتهى\".");
  EXPECT_EQ(text(seg.sentences[2]), "عنوان بلا نقطة");
  EXPECT_EQ(text(seg.sentences[3]), "جملة أخرى؟");
  EXPECT_EQ(text(seg.sentences[4]), "نعم");
}

TEST(Segmenter, TokensKeepOriginalSpans) {
  std::u32string orig;
  auto seg = seg_of("قُتِلَ ٦ أشخاصٍ، وأصيب 12 في K1 (كركوك).", &orig);
  std::vector<std::string> forms;
  for (const auto& t : seg.tokens) forms.emplace_back(seg.form(t));
  std::vector<std::string> want = {"قتل", "6", "اشخاص", "،", "واصيب", "12", "في", "k1", "(", "كركوك", ")", "."};
  EXPECT_EQ(forms, want);
  EXPECT_EQ(to_utf8(orig.substr(seg.tokens[0].ob, seg.tokens[0].oe - seg.tokens[0].ob)), "قُتِلَ");
  EXPECT_EQ(to_utf8(orig.substr(seg.tokens[2].ob, seg.tokens[2].oe - seg.tokens[2].ob)), "أشخاصٍ");
  EXPECT_EQ(seg.tokens[1].kind, TokKind::Number);
}

TEST(Segmenter, DecimalAndAbbreviation) {
  std::u32string orig;
  auto seg = seg_of("ارتفع بنسبة 3.5 بالمئة. وقال د. أحمد إن الوضع صعب.", &orig);
  EXPECT_EQ(seg.sentences.size(), 2u);
}

}  // namespace
}  // namespace marsad
