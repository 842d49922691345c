// Shared by the CLI subcommands: one settings struct, option parsing, the
// pipeline set-up and the parallel, order-keeping batch runner.
#pragma once
#include <atomic>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "coder/pipeline.h"
#include "io/readers.h"

namespace marsad::cli {

struct Settings {
  std::vector<std::string> inputs;
  std::string date, id, source, format = "jsonl", out;
  int threads = 0;
  std::vector<std::string> user_lexicons;
  std::string lexicon_bin;
  size_t max_doc_bytes = 5 * 1024 * 1024;
  bool langid = true;
  std::string gazetteer;  // --gazetteer FILE (compiled); default <exe_dir>/marsad.gaz
  bool places = false;    // --places: write the places each document mentions
  int min_specificity = -1;  // --min-specificity N (-1: the pipeline's default)
  // options of other subcommands (ingest, query, export, serve) go in extra:
  // "--name value" pairs that parse_args does not know, when allow_extra is set
  std::map<std::string, std::string> extra;
};

std::string exe_dir();
std::string data_dir();
[[noreturn]] void usage_error(const std::string& msg);
// Parses argv[first..]; unknown "--x value" options go to s->extra when
// allow_extra is true (else they are a usage error).
void parse_args(int argc, char** argv, int first, Settings* s, bool allow_extra = false);
std::unique_ptr<Pipeline> make_pipeline(const Settings& s);
// The default GeoNames cities500.txt installed by marsad.sh, or "".
std::string default_cities500();
// The gazetteer: --gazetteer FILE, else <exe_dir>/marsad.gaz, else compiled
// in memory from data/gazetteer (+ cities500 when installed); null on failure.
std::shared_ptr<Gazetteer> load_gazetteer(const Settings& s);

struct Totals {
  size_t docs = 0, coded = 0, events = 0, sentences = 0, bytes = 0;
  std::map<std::string, size_t> skipped;
};
void print_summary(const Totals& t);

// Reads s.inputs, codes in parallel batches (s.threads), and hands each
// result in input order to sink(const Document&, const DocResult&).
template <typename Sink>
void run_batches(const Settings& s, const Pipeline& p, Totals* tot, Sink&& sink) {
  TextDefaults def{s.id, s.date, s.source};
  DocumentReader reader(s.inputs, def);
  int threads = s.threads > 0 ? s.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t batch = static_cast<size_t>(threads) * 32;
  std::vector<Document> docs, next_docs;
  std::vector<DocResult> res;
  std::vector<ReadIssue> issues, next_issues;
  bool more = true;
  auto read_batch = [&](std::vector<Document>* out, std::vector<ReadIssue>* iss) {
    out->clear();
    Document d;
    while (out->size() < batch && more && (more = reader.next(&d, iss))) out->push_back(std::move(d));
  };
  read_batch(&docs, &issues);
  for (;;) {
    for (const auto& is : issues) {
      std::fprintf(stderr, "marsad: %s: %s (skipped)\n", is.origin.c_str(), is.message.c_str());
      ++tot->skipped[is.reason];
    }
    issues.clear();
    if (docs.empty()) break;
    res.assign(docs.size(), DocResult());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < docs.size();) res[i] = p.code(docs[i]);
    };
    // the workers code this batch while this thread reads the next one; with
    // one thread the two steps simply alternate
    std::vector<std::thread> pool;
    if (threads > 1)
      for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    read_batch(&next_docs, &next_issues);
    if (threads <= 1) work();
    for (auto& t : pool) t.join();
    for (size_t i = 0; i < docs.size(); ++i) {
      ++tot->docs;
      tot->bytes += docs[i].text.size();
      for (const auto& w : res[i].warnings)
        std::fprintf(stderr, "marsad: document %s (%s): %s\n", docs[i].id.c_str(), docs[i].origin.c_str(), w.c_str());
      if (res[i].skipped) {
        std::fprintf(stderr, "marsad: document %s (%s): %s (skipped)\n", docs[i].id.c_str(),
                     docs[i].origin.c_str(), res[i].message.c_str());
        ++tot->skipped[res[i].skip_reason];
        continue;
      }
      ++tot->coded;
      tot->sentences += res[i].sentences;
      tot->events += res[i].events.size();
      sink(docs[i], res[i]);
    }
    docs.swap(next_docs);
    issues.swap(next_issues);
  }
}

}  // namespace marsad::cli
