// What `marsad ingest` reads: everything `marsad code` reads (DocumentReader:
// JSONL, text files, stdin) plus HTML article pages (.html, .htm) and RSS/Atom
// feeds (.xml, .rss, .atom), directories included. DocumentReader itself is
// left as it is (`marsad code` keeps reading .html as text).
#pragma once
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "io/readers.h"

namespace marsad {

class IngestReader {
 public:
  IngestReader(const std::vector<std::string>& inputs, TextDefaults def);
  // Next document; false at the end. Issues met on the way are appended.
  bool next(Document* doc, std::vector<ReadIssue>* issues);
  // Estimated number of records (documents + malformed lines) in the inputs;
  // 0 when unknown (stdin).
  size_t estimated_total() const { return total_; }

  static bool is_html(const std::string& path);
  static bool is_feed(const std::string& path);

 private:
  std::vector<std::string> files_;
  size_t pos_ = 0;
  TextDefaults def_;
  std::unique_ptr<DocumentReader> sub_;
  std::deque<Document> queue_;
  size_t total_ = 0;
};

}  // namespace marsad
