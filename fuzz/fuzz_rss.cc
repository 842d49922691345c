// Feed reader (libxml2): RSS 2.0 / RSS 1.0 / Atom in, Documents or a
// ReadIssue out; and feed_date on the input's first line.
#include <vector>

#include "fuzz_common.h"
#include "io/rss_reader.h"
#include "time/date_resolver.h"

using namespace marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return -1;
  std::string_view xml = fuzz::as_view(data, size);
  TextDefaults def;
  std::vector<Document> docs;
  ReadIssue issue;
  bool ok = read_feed(xml, "fuzz/feed.xml", def, &docs, &issue);
  if (!ok && issue.reason.empty()) __builtin_trap();
  for (const Document& d : docs)
    if (!d.date.empty() && !parse_iso_date(d.date)) __builtin_trap();  // dates are YYYY-MM-DD or ""
  std::string_view first = xml.substr(0, std::min(xml.find('\n'), size_t(200)));
  std::string fd = feed_date(first);
  if (!fd.empty() && !parse_iso_date(fd)) __builtin_trap();
  return 0;
}
