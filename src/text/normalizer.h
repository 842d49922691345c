// Normalizer: one normalization for text and lexicons alike, with an offset
// map back to the original code points.
//   harakat, Quranic marks, tatweel, zero-width and bidi controls removed;
//   أ إ آ ٱ → ا; ى ی → ي; ة ۀ ہ → ه; ک → ك; Arabic-Indic and Persian digits →
//   ASCII; presentation forms and full-width forms through NFKC (ICU);
//   unusual spaces → ' '; ASCII letters lower-cased.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marsad {

struct NormalizedText {
  std::u32string text;        // normalized code points
  std::vector<uint32_t> src;  // src[i] = index in the original of text[i]
  const char32_t* orig = nullptr;  // the original (must outlive this object's use)
  size_t orig_len = 0;
  // Original span [b, e) of the normalized range [nb, ne).
  std::pair<uint32_t, uint32_t> original_span(size_t nb, size_t ne) const;
};

class Normalizer {
 public:
  // orig: the document text as code points. Returns the normalized text with
  // its offset map (never fails: unmapped code points pass through).
  static NormalizedText normalize(std::u32string_view orig);
  // Normalizes a UTF-8 string (lexicon entries, queries): same rules.
  static std::string normalize_utf8(std::string_view s);
  // True for code points the normalizer deletes (harakat, tatweel, ...).
  static bool is_dropped(char32_t c);
};

inline bool is_arabic_letter(char32_t c) {
  return (c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x06D5 ||
         (c >= 0x06FA && c <= 0x06FC) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C7);
}
inline bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace marsad
