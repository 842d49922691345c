// UTF-8 decoding/encoding with validation. Offsets in the output are always
// Unicode code points of the original text (EVENT_SCHEMA.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace marsad {

// Decodes s into code points. Returns false (and the byte offset of the first
// bad sequence in *bad_at) when s is not well-formed UTF-8 (overlongs,
// surrogates and values past U+10FFFF are rejected).
bool decode_utf8(std::string_view s, std::u32string* out, size_t* bad_at);
void append_utf8(char32_t c, std::string* out);
std::string to_utf8(std::u32string_view s);
// Number of code points in a valid UTF-8 string.
size_t utf8_length(std::string_view s);

}  // namespace marsad
