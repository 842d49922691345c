// Readers: plain text (one document), JSON Lines (one document a line), stdin
// ("-": JSONL when it starts with '{', else text), directories of such files.
// Malformed lines are reported with their line number and skipped; the rest
// goes on.
#pragma once
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "coder/event.h"
#include "core/status.h"

namespace marsad {

struct ReadIssue {
  std::string origin;   // "file:line"
  std::string reason;   // short key: bad_json, missing_text, ...
  std::string message;  // human-readable
};

struct TextDefaults {
  std::string id, date, source;  // for plain-text inputs (--id, --date, --source)
};

// Parses one JSONL line into a document. Returns false and fills *issue when
// the line is not a usable document.
bool parse_jsonl_line(std::string_view line, const std::string& origin, Document* doc, ReadIssue* issue);

class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, TextDefaults defaults);
  // Next document; false at the end. Issues met on the way are appended.
  bool next(Document* doc, std::vector<ReadIssue>* issues);

 private:
  bool open_next(std::vector<ReadIssue>* issues);
  std::vector<std::string> inputs_;
  size_t pos_ = 0;
  TextDefaults def_;
  std::unique_ptr<std::istream> owned_;
  std::istream* in_ = nullptr;
  std::string name_;
  bool jsonl_ = false;
  size_t line_ = 0;
  std::string pending_;  // first line read while sniffing stdin
  bool has_pending_ = false;
};

}  // namespace marsad
