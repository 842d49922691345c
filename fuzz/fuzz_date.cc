// Date resolver: the input is split on spaces into tokens (after the first
// byte, which picks the publication date: none, a fixed one, or one parsed
// from the first token).
#include <string>
#include <vector>

#include "fuzz_common.h"
#include "time/date_resolver.h"

using namespace marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > 16 * 1024) return -1;
  std::string_view s = fuzz::as_view(data + 1, size - 1);
  std::vector<std::string> toks;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      if (i > b) toks.emplace_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  std::optional<CivilDate> pub;
  switch (data[0] % 4) {
    case 0: break;
    case 1: pub = CivilDate{2020, 4, 13}; break;
    case 2: pub = CivilDate{2016, 2, 29}; break;
    case 3:
      if (!toks.empty()) pub = parse_iso_date(toks.front());
      break;
  }
  if (pub) {
    auto back = parse_iso_date(to_iso(*pub));
    if (!back || !(*back == *pub)) __builtin_trap();
  }
  auto found = find_dates(toks, pub);
  size_t prev_end = 0;
  for (const DateExpr& d : found) {
    if (d.tok_begin >= d.tok_end || d.tok_end > toks.size() || d.tok_begin < prev_end) __builtin_trap();
    prev_end = d.tok_end;
    if (!d.start.empty() && !parse_iso_date(d.start)) __builtin_trap();
    if (!d.end.empty() && !parse_iso_date(d.end)) __builtin_trap();
  }
  return 0;
}
