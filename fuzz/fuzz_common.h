// Shared helpers for the libFuzzer targets (fuzz/*.cc). Built only with clang
// and -DMARSAD_FUZZ=ON (see fuzz/CMakeLists.txt and docs/ROBUSTNESS.md).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace marsad::fuzz {

inline std::string_view as_view(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The input as code points: decoded when it is valid UTF-8; otherwise every
// byte becomes one code point (U+0000..U+00FF), so NULs, controls and stray
// bytes still reach the code under test the way a lenient reader would hand
// them over.
inline std::u32string as_code_points(std::string_view s) {
  std::u32string out;
  size_t bad = 0;
  if (decode_utf8(s, &out, &bad)) return out;
  out.clear();
  out.reserve(s.size());
  for (unsigned char c : s) out.push_back(c);
  return out;
}

}  // namespace marsad::fuzz
