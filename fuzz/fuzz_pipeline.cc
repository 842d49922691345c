// The whole pipeline on one document: the input is the document text (after a
// one-byte selector for the publication date and language check). The project
// lexicon and ontology are loaded once.
#include <cstdlib>
#include <memory>

#include "coder/pipeline.h"
#include "fuzz_common.h"
#include "io/writers.h"

using namespace marsad;

namespace {
const Pipeline* g_pipe[2];
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::string src = MARSAD_SOURCE_DIR;
  std::vector<std::string> errs;
  auto lx = Lexicon::compile({src + "/data/lexicon"}, &errs);
  auto onto = Ontology::load(src + "/data/ontology");
  if (!lx.ok() || !onto.ok()) {
    std::fprintf(stderr, "fuzz_pipeline: cannot load the project lexicon/ontology from %s\n", src.c_str());
    std::abort();
  }
  PipelineOptions o1, o2;
  o1.check_language = false;
  o2.check_language = true;
  static Pipeline p1({lx.value()}, onto.value(), o1);
  static Pipeline p2({lx.value()}, onto.value(), o2);
  g_pipe[0] = &p1;
  g_pipe[1] = &p2;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > 64 * 1024) return -1;
  static const char* kDates[] = {"2020-04-13", "", "2016-02-29", "not a date"};
  Document d;
  d.id = "fuzz";
  d.date = kDates[data[0] & 3];
  d.text.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const Pipeline& p = *g_pipe[(data[0] >> 2) & 1];
  std::vector<std::string> trace;
  DocResult r = p.code(d, (data[0] & 8) ? &trace : nullptr);
  std::string buf;
  for (const Event& e : r.events) {
    if (e.sentence_span.b > e.sentence_span.e || e.trigger_span.b > e.trigger_span.e) std::abort();
    write_event_jsonl(e, d, &buf);
    write_event_csv(e, d, &buf);
  }
  return 0;
}
