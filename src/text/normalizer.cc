#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "text/utf8.h"

namespace marsad {
namespace {

constexpr char32_t kDrop = 0xFFFFFFFE;
constexpr char32_t kIcu = 0xFFFFFFFD;

struct Table {
  std::unique_ptr<std::array<char32_t, 0x10000>> map;
  Table() : map(std::make_unique<std::array<char32_t, 0x10000>>()) {
    auto& m = *map;
    for (char32_t c = 0; c < 0x10000; ++c) m[c] = c;
    for (char32_t c = 'A'; c <= 'Z'; ++c) m[c] = c + 32;
    for (char32_t c = 0x064B; c <= 0x065F; ++c) m[c] = kDrop;  // harakat
    m[0x0670] = kDrop;                                          // superscript alef
    for (char32_t c = 0x0610; c <= 0x061A; ++c) m[c] = kDrop;  // honorific marks
    for (char32_t c = 0x06D6; c <= 0x06DC; ++c) m[c] = kDrop;  // Quranic marks
    for (char32_t c = 0x06DF; c <= 0x06E8; ++c) m[c] = kDrop;
    for (char32_t c = 0x06EA; c <= 0x06ED; ++c) m[c] = kDrop;
    for (char32_t c = 0x08D3; c <= 0x08FF; ++c) m[c] = kDrop;
    m[0x0640] = kDrop;  // tatweel
    for (char32_t c = 0x200B; c <= 0x200F; ++c) m[c] = kDrop;
    for (char32_t c = 0x202A; c <= 0x202E; ++c) m[c] = kDrop;
    for (char32_t c = 0x2066; c <= 0x2069; ++c) m[c] = kDrop;
    m[0xFEFF] = kDrop;
    m[0x00AD] = kDrop;  // soft hyphen
    m[0x0622] = m[0x0623] = m[0x0625] = m[0x0671] = m[0x0672] = m[0x0673] = 0x0627;
    m[0x0649] = m[0x06CC] = m[0x06D2] = 0x064A;
    m[0x0629] = m[0x06C0] = m[0x06C1] = m[0x06D5] = 0x0647;
    m[0x06A9] = m[0x06AA] = 0x0643;
    for (char32_t c = 0; c < 10; ++c) {
      m[0x0660 + c] = '0' + c;
      m[0x06F0 + c] = '0' + c;
    }
    m[0x00A0] = m[0x3000] = m[0x202F] = m[0x205F] = m[0x1680] = ' ';
    for (char32_t c = 0x2000; c <= 0x200A; ++c) m[c] = ' ';
    m['\t'] = ' ';
    m['\r'] = ' ';
    m[0x066B] = '.';   // Arabic decimal separator
    m[0x066C] = ',';   // Arabic thousands separator
    for (char32_t c = 0xFB50; c <= 0xFDFF; ++c) m[c] = kIcu;  // presentation forms A
    for (char32_t c = 0xFE70; c <= 0xFEFF; ++c)
      if (c != 0xFEFF) m[c] = kIcu;  // presentation forms B
    for (char32_t c = 0xFF01; c <= 0xFF5E; ++c) m[c] = kIcu;  // full-width ASCII
  }
};

const Table& table() {
  static const Table t;
  return t;
}

template <typename Sink>
void fold(char32_t c, Sink&& sink) {
  if (c >= 0x10000) {
    sink(c);
    return;
  }
  char32_t m = (*table().map)[c];
  if (m == kDrop) return;
  if (m != kIcu) {
    sink(m);
    return;
  }
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) {
    sink(c);
    return;
  }
  icu::UnicodeString in(static_cast<UChar32>(c));
  icu::UnicodeString out = nfkc->normalize(in, err);
  if (U_FAILURE(err)) {
    sink(c);
    return;
  }
  for (int32_t i = 0; i < out.length();) {
    UChar32 d = out.char32At(i);
    i += U16_LENGTH(d);
    char32_t dm = d < 0x10000 ? (*table().map)[d] : static_cast<char32_t>(d);
    if (dm == kDrop) continue;
    if (dm == kIcu) dm = static_cast<char32_t>(d);
    if (dm == ' ' && c >= 0xFB50) continue;  // isolated-form spacing in NFKC
    sink(dm);
  }
}

}  // namespace

std::pair<uint32_t, uint32_t> NormalizedText::original_span(size_t nb, size_t ne) const {
  if (nb >= ne || ne > src.size()) return {0, 0};
  return {src[nb], src[ne - 1] + 1};
}

bool Normalizer::is_dropped(char32_t c) { return c < 0x10000 && (*table().map)[c] == kDrop; }

NormalizedText Normalizer::normalize(std::u32string_view orig) {
  NormalizedText out;
  out.text.reserve(orig.size());
  out.src.reserve(orig.size());
  out.orig = orig.data();
  out.orig_len = orig.size();
  for (size_t i = 0; i < orig.size(); ++i) {
    fold(orig[i], [&](char32_t m) {
      out.text.push_back(m);
      out.src.push_back(static_cast<uint32_t>(i));
    });
  }
  return out;
}

std::string Normalizer::normalize_utf8(std::string_view s) {
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(s, &cps, &bad)) cps.assign(s.begin(), s.end());
  std::string out;
  out.reserve(s.size());
  for (char32_t c : cps) fold(c, [&](char32_t m) { append_utf8(m, &out); });
  return out;
}

}  // namespace marsad
