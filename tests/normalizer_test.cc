#include "text/normalizer.h"

#include <gtest/gtest.h>

#include "text/utf8.h"

namespace marsad {
namespace {

struct Case {
  const char* in;
  const char* out;
};

TEST(Normalizer, Table) {
  const Case cases[] = {
      {"بَغْدَادُ", "بغداد"},                   // harakat removed
      {"أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"},  // alef forms
      {"مستشفى", "مستشفي"},                    // alef maqsura
      {"مدينة", "مدينه"},                       // ta marbuta
      {"قتلـــى", "قتلي"},                      // tatweel
      {"٦ و۱۲ و12", "6 و12 و12"},               // Arabic-Indic and Persian digits
      {"ﻻ", "لا"},                              // lam-alef ligature (NFKC)
      {"کرمانشاه یک", "كرمانشاه يك"},           // Persian kaf and ya
      {"Reuters ABC", "reuters abc"},           // ASCII lower-cased
      {"a\u200Fb\u00A0c", "ab c"},              // bidi mark dropped, NBSP → space
      {"٣٫٥", "3.5"},                           // Arabic decimal separator
  };
  for (const auto& c : cases) EXPECT_EQ(Normalizer::normalize_utf8(c.in), c.out) << c.in;
}

TEST(Normalizer, OffsetMapSlicesTheOriginal) {
  std::u32string orig;
  size_t bad = 0;
  ASSERT_TRUE(decode_utf8("قُتِلَ ستةُ مدنيين في بَغدادَ", &orig, &bad));
  NormalizedText nt = Normalizer::normalize(orig);
  EXPECT_EQ(to_utf8(nt.text), "قتل سته مدنيين في بغداد");
  ASSERT_EQ(nt.text.size(), nt.src.size());
  // "بغداد" in the normalized text maps back to "بَغدادَ" in the original
  size_t nb = nt.text.find(U"بغداد");
  auto sp = nt.original_span(nb, nb + 5);
  EXPECT_EQ(to_utf8(orig.substr(sp.first, sp.second - sp.first)), "بَغداد");
  for (size_t i = 1; i < nt.src.size(); ++i) EXPECT_LT(nt.src[i - 1], nt.src[i]);
}

TEST(Utf8, RejectsMalformed) {
  std::u32string out;
  size_t bad = 99;
  EXPECT_FALSE(decode_utf8(std::string("ab\xC3", 3), &out, &bad));
  EXPECT_EQ(bad, 2u);
  EXPECT_FALSE(decode_utf8("\xED\xA0\x80", &out, &bad));  // surrogate
  EXPECT_FALSE(decode_utf8("\xC0\xAF", &out, &bad));      // overlong
  EXPECT_TRUE(decode_utf8("عربي", &out, &bad));
  EXPECT_EQ(out.size(), 4u);
}

}  // namespace
}  // namespace marsad
