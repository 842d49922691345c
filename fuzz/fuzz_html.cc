// HTML reader (gumbo): one page in, a Document or a ReadIssue out; and
// html_to_text on the same bytes.
#include "fuzz_common.h"
#include "io/html_reader.h"

using namespace marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return -1;
  std::string_view html = fuzz::as_view(data, size);
  TextDefaults def;
  def.date = "2020-04-13";
  Document doc;
  ReadIssue issue;
  bool ok = read_html_document(html, "fuzz/page.html", def, &doc, &issue);
  if (!ok && issue.reason.empty()) __builtin_trap();
  (void)html_to_text(html);
  return 0;
}
