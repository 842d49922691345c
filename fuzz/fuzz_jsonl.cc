// JSON Lines reader: one line in, a Document or a ReadIssue out.
#include "fuzz_common.h"
#include "io/readers.h"

using namespace marsad;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 256 * 1024) return -1;
  Document doc;
  ReadIssue issue;
  bool ok = parse_jsonl_line(fuzz::as_view(data, size), "fuzz:1", &doc, &issue);
  if (!ok && issue.reason.empty()) __builtin_trap();  // a rejected line always says why
  if (ok && doc.id.empty()) __builtin_trap();
  return 0;
}
